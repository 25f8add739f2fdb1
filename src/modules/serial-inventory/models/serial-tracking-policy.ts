import { model } from "@medusajs/framework/utils"

/**
 * How one inventory item's units are tracked: mode, template, warranty
 * length, allocation strategy and an optional generator pattern.
 */
export const SerialTrackingPolicy = model
  .define("serial_tracking_policy", {
    id: model.id({ prefix: "stpol" }).primaryKey(),
    inventory_item_id: model.text(),
    mode: model.enum(["none", "outbound", "full"]).default("none"),
    template_id: model.text().nullable(),
    warranty_months: model.number().nullable(),
    allocation_strategy: model
      .enum(["fifo", "condition", "location", "manual"])
      .default("fifo"),
    generator_pattern: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["inventory_item_id"], unique: true },
    { on: ["template_id"] },
  ])
