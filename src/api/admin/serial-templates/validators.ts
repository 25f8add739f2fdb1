import { z } from "@medusajs/framework/zod"
import { TemplateAttributeType } from "../../../types/template-attribute"
import { metadata, pagination, text } from "../../utils/zod-helpers"

const AttributeDefinition = z
  .object({
    key: text().min(1).max(64),
    label: text().max(255).optional(),
    type: z.enum(Object.values(TemplateAttributeType) as [string, ...string[]]),
    required: z.boolean().optional(),
    options: z.array(text().min(1).max(255)).max(200).optional(),
    unit: text().max(32).optional(),
  })
  .strict()

const fields = {
  description: text().max(2000).nullish(),
  attributes: z.array(AttributeDefinition).max(100).optional(),
  warranty_months: z.number().int().min(0).max(1200).nullish(),
  condition_grades: z.array(text().min(1).max(64)).max(50).nullish(),
  metadata,
}

export const AdminCreateSerialTemplate = z
  .object({ name: text().trim().min(1).max(255), ...fields })
  .strict()
export type AdminCreateSerialTemplateType = z.infer<
  typeof AdminCreateSerialTemplate
>

export const AdminUpdateSerialTemplate = z
  .object({ name: text().trim().min(1).max(255).optional(), ...fields })
  .strict()
export type AdminUpdateSerialTemplateType = z.infer<
  typeof AdminUpdateSerialTemplate
>

export const AdminGetSerialTemplatesParams = z
  .object({ q: text().max(255).optional(), ...pagination })
  .strict()
