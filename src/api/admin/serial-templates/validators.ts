import { z } from "@medusajs/framework/zod"
import { TemplateAttributeType } from "../../../types/template-attribute"
import { metadata, pagination } from "../../utils/zod-helpers"

const AttributeDefinition = z
  .object({
    key: z.string().min(1).max(64),
    label: z.string().max(255).optional(),
    type: z.enum(Object.values(TemplateAttributeType) as [string, ...string[]]),
    required: z.boolean().optional(),
    options: z.array(z.string().min(1).max(255)).max(200).optional(),
    unit: z.string().max(32).optional(),
  })
  .strict()

const fields = {
  description: z.string().max(2000).nullish(),
  attributes: z.array(AttributeDefinition).max(100).optional(),
  warranty_months: z.number().int().min(0).max(1200).nullish(),
  condition_grades: z.array(z.string().min(1).max(64)).max(50).nullish(),
  metadata,
}

export const AdminCreateSerialTemplate = z
  .object({ name: z.string().trim().min(1).max(255), ...fields })
  .strict()
export type AdminCreateSerialTemplateType = z.infer<typeof AdminCreateSerialTemplate>

export const AdminUpdateSerialTemplate = z
  .object({ name: z.string().trim().min(1).max(255).optional(), ...fields })
  .strict()
export type AdminUpdateSerialTemplateType = z.infer<typeof AdminUpdateSerialTemplate>

export const AdminGetSerialTemplatesParams = z
  .object({ q: z.string().max(255).optional(), ...pagination })
  .strict()
