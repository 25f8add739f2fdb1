import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"

/** The serial inventory module, as the inbound steps use it. */
export const inboundService = (container: MedusaContainer) =>
  container.resolve<SerialInventoryModuleService>(SERIAL_INVENTORY_MODULE)
