import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import SerialInventoryModuleService from "./service"

/** The module key, used to resolve the service from the container. */
export const SERIAL_INVENTORY_MODULE = "serial_inventory"

export default Module(SERIAL_INVENTORY_MODULE, {
  service: SerialInventoryModuleService,
  loaders: [validateOptionsLoader],
})

export { SerialInventoryModuleService }
