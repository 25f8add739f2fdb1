import type { MedusaContainer } from "@medusajs/framework/types"
import type { PickFulfillmentInput } from "../../../modules/serial-inventory/operations"
import { ScanSource } from "../../../types/parsed-scan"
import { resolveScannedSerials, scanProblemsError } from "../../scanner-input"

/**
 * The pick with every scanned value read as its serial (GS1 element string
 * or Digital Link; plain serials stay exactly as sent). A scan's GTIN must
 * be the item of the unit it names, or for a serial no unit has yet (an
 * `outbound` capture) one of the line's items. Refuses with one 400 listing
 * every bad scan by line (`serial_scan_invalid`, `serial_scan_gtin_mismatch`).
 */
export async function resolvePickScans(
  container: MedusaContainer,
  pick: PickFulfillmentInput
): Promise<PickFulfillmentInput> {
  if (!pick.serials_by_line) {
    return pick
  }
  const entries = Object.entries(pick.serials_by_line).flatMap(
    ([lineId, serials]) => serials.map((input) => ({ lineId, input }))
  )
  const { rows, problems } = await resolveScannedSerials(
    container,
    entries.map(({ lineId, input }) => ({
      input,
      fallback_inventory_item_ids: pick.lines
        .filter((l) => l.line_item_id === lineId)
        .map((l) => l.inventory_item_id),
    }))
  )
  if (problems.length) {
    throw scanProblemsError(problems, (p) => `line ${entries[p.index].lineId}`)
  }
  const serialsByLine: Record<string, string[]> = {}
  entries.forEach(({ lineId, input }, i) => {
    const serial = rows[i].source === ScanSource.PLAIN ? input : rows[i].serial
    ;(serialsByLine[lineId] ??= []).push(serial)
  })
  return { ...pick, serials_by_line: serialsByLine }
}
