import type { SerialInboundConfirmation } from "../../../types/serial-inbound"
import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"

/** The units a confirmed manifest receives, as the module's create rows. */
export function confirmationRows(
  confirmation: SerialInboundConfirmation
): CreateSerialNumberInput[] {
  return confirmation.rows.map((r) => ({
    serial: r.serial,
    inventory_item_id: r.inventory_item_id,
    stock_location_id: confirmation.stock_location_id,
    supplier_reference: confirmation.supplier_reference,
    receipt_reference: confirmation.inbound_id,
    attributes: r.attributes,
  }))
}
