import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  gtinMismatch,
  serialError,
} from "../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import type { ParsedScan } from "../../../../types/parsed-scan"
import { loadItemGtins } from "../../../../workflows/scanner-input"

/**
 * For the public warranty route, called only for a unit whose warranty it
 * is about to show (so the unit's existence is no secret): refuses a scan
 * whose GTIN is not the unit's item's with 400 `serial_scan_gtin_mismatch`,
 * naming neither the item nor its GTINs. Elsewhere (unknown serial, no
 * warranty) the route answers as for an unknown serial whatever the GTIN,
 * so a GTIN can never be used to learn whether a serial exists.
 */
export async function assertWarrantyScanMatches(
  container: MedusaContainer,
  scan: ParsedScan,
  inventoryItemId: string
): Promise<void> {
  if (!scan.gtin) {
    return
  }
  const gtins = await loadItemGtins(container, [inventoryItemId])
  if (gtinMismatch(scan, gtins.get(inventoryItemId) ?? [])) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.SCAN_GTIN_MISMATCH,
      `The scanned GTIN ${scan.gtin} is not the product of serial ${JSON.stringify(scan.serial)}`
    )
  }
}
