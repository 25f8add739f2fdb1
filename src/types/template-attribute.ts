/** The value types a template attribute can have. */
export const TemplateAttributeType = {
  TEXT: "text",
  NUMBER: "number",
  BOOLEAN: "boolean",
  DATE: "date",
  SELECT: "select",
} as const

export type TemplateAttributeType =
  (typeof TemplateAttributeType)[keyof typeof TemplateAttributeType]

/** One typed attribute definition of a serial template. */
export interface TemplateAttributeDefinition {
  key: string
  label?: string
  type: TemplateAttributeType
  required?: boolean
  options?: string[]
  unit?: string
}

export type SerialAttributeValue = string | number | boolean
export type SerialAttributeValues = Record<string, SerialAttributeValue>
