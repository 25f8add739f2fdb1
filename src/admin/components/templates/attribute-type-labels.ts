import type { TemplateAttributeType } from "../../../types/template-attribute"

/** Every attribute type the API accepts, as the type picker names it. */
export const ATTRIBUTE_TYPE_LABELS: Record<TemplateAttributeType, string> = {
  text: "Text",
  number: "Number",
  boolean: "Yes / no",
  date: "Date",
  select: "Select (options)",
}
