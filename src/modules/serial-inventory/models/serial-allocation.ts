import { model } from "@medusajs/framework/utils"
import {
  SERIAL_ALLOCATION_STAGES,
  SerialAllocationStage,
} from "../../../types/serial-allocation-stage"
import { SerialNumber } from "./serial-number"

/**
 * Which unit is on which order line: one row per unit and line, kept when it
 * closes (stage `returned` or `released`) as the history that answers "which
 * serial shipped on this order". PostgreSQL enforces that a unit has at most
 * one open allocation (the partial unique index below); the module locks the
 * line while counting so a line never holds more open allocations than its
 * quantity.
 */
export const SerialAllocation = model
  .define("serial_allocation", {
    id: model.id({ prefix: "salloc" }).primaryKey(),
    inventory_item_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    fulfillment_id: model.text().nullable(),
    return_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    stage: model
      .enum(SERIAL_ALLOCATION_STAGES)
      .default(SerialAllocationStage.ALLOCATED),
    allocated_at: model.dateTime(),
    picked_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    released_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    serial_number: model.belongsTo(() => SerialNumber, {
      mappedBy: "allocations",
    }),
  })
  .indexes([
    {
      name: "IDX_serial_allocation_open_unit",
      on: ["serial_number_id"],
      unique: true,
      where: "stage NOT IN ('returned', 'released')",
    },
    { on: ["order_id"] },
    { on: ["line_item_id", "stage"] },
    { on: ["fulfillment_id"] },
    { on: ["return_id"] },
  ])
