import { model } from "@medusajs/framework/utils"

/**
 * A reusable set of typed attribute definitions (see
 * `TemplateAttributeDefinition`) plus defaults: warranty length and the
 * condition grades units of this kind can have.
 */
export const SerialTemplate = model
  .define("serial_template", {
    id: model.id({ prefix: "stpl" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    attributes: model.json().nullable(),
    warranty_months: model.number().nullable(),
    condition_grades: model.json().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["name"], unique: true }])
