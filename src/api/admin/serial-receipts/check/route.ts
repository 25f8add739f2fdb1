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
import {
  classifyReceiptSerials,
  type ExistingUnit,
} from "../helpers/classify-receipt-serials"
import type { AdminCheckSerialReceiptType } from "../validators"

/**
 * What receiving these serials into the item would meet, per serial, without
 * writing anything: one look-up for the whole list. The receiving screen
 * calls it as scans arrive, so duplicates and other items' units show
 * inline before the receipt is posted.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCheckSerialReceiptType>,
  res: MedusaResponse<AdminSerialReceiptCheckResponse>
) => {
  const { inventory_item_id, serials } = req.validatedBody
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
  const checked = classifyReceiptSerials(serials, inventory_item_id, existing)
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
