import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import {
  normalizeSerial,
  serialProblem,
} from "../../../../modules/serial-inventory/utils/normalize-serial"
import type {
  AdminSerialReceiptCheckResponse,
  ReceiptSerialCheck,
} from "../../../../types"
import { ScanSource } from "../../../../types/parsed-scan"
import { resolveScannedSerials } from "../../../../workflows/scanner-input"
import {
  classifyReceiptSerials,
  type ExistingUnit,
} from "../helpers/classify-receipt-serials"
import type { AdminCheckSerialReceiptType } from "../validators"

/**
 * What receiving these serials into the item would meet, per serial, without
 * writing anything: one look-up for the whole list. A scan is read first
 * (GS1 element string or Digital Link: `serial` is the serial it names,
 * `input` what was scanned; a foreign GTIN is `invalid`). The receiving screen
 * calls it as scans arrive, so duplicates and other items' units show
 * inline before the receipt is posted.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCheckSerialReceiptType>,
  res: MedusaResponse<AdminSerialReceiptCheckResponse>
) => {
  const { inventory_item_id, serials: inputs } = req.validatedBody
  // Scans (GS1 element strings, Digital Links) become the serial they name.
  const { rows: scans, problems } = await resolveScannedSerials(
    req.scope,
    inputs.map((input) => ({ input, inventory_item_id }))
  )
  const serials = scans.map((s) => s.serial)
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const keys = [
    ...new Set(
      serials.filter((s) => !serialProblem(s)).map((s) => normalizeSerial(s))
    ),
  ]
  const existing = keys.length
    ? ((await service.listSerialNumbers(
        { normalized_serial: keys },
        {
          select: [
            "id",
            "normalized_serial",
            "status",
            "inventory_item_id",
            "stock_location_id",
          ],
          take: null,
        }
      )) as ExistingUnit[])
    : []
  const scanProblems = new Map(problems.map((p) => [p.index, p.message]))
  const checked = classifyReceiptSerials(
    serials,
    inventory_item_id,
    existing
  ).map((check, i): ReceiptSerialCheck => {
    const problem = scanProblems.get(i)
    const read =
      scans[i].source === ScanSource.PLAIN ? {} : { input: inputs[i] }
    return problem
      ? { serial: inputs[i], outcome: "invalid", message: problem }
      : { ...check, ...read }
  })
  const counts = {
    new: 0,
    invalid: 0,
    repeated: 0,
    exists: 0,
    other_item: 0,
  } as Record<ReceiptSerialCheck["outcome"], number>
  for (const c of checked) counts[c.outcome]++
  res.json({ serials: checked, counts })
}
