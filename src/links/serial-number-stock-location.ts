import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import SerialInventoryModule from "../modules/serial-inventory"

/** A unit sits at one stock location (read-only, on `stock_location_id`). */
export default defineLink(
  {
    linkable: SerialInventoryModule.linkable.serialNumber,
    field: "stock_location_id",
  },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
