import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import { recallNotFound } from "../../../../modules/serial-inventory/operations"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import type { SerialRecallDTO } from "../../../../types/serial-recall"

/** A campaign by id, or 404 `serial_recall_not_found`. */
export async function retrieveRecall(
  container: MedusaContainer,
  id: string
): Promise<SerialRecallDTO> {
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const [recall] = await service.listSerialRecalls({ id }, { take: 1 })
  if (!recall) {
    throw recallNotFound(id)
  }
  return recall as SerialRecallDTO
}

/** Whose units a campaign's customers are: live selector for a draft, recorded units after apply. */
export function customerSource(recall: SerialRecallDTO) {
  return recall.status === "draft"
    ? { selector: recall.selector }
    : { recall_id: recall.id }
}
