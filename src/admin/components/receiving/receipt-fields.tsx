import { Input } from "@medusajs/ui"
import { useId } from "react"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import type { AttributeFormValue } from "../../lib/unit-form-values"
import { AttributeField } from "../serials/attribute-field"
import { FormField } from "../serials/form-field"

export interface ReceiptFieldValues {
  lot: string
  supplier_reference: string
  condition_grade: string
  attributes: Record<string, AttributeFormValue>
}

export const emptyReceiptFields = (): ReceiptFieldValues => ({
  lot: "",
  supplier_reference: "",
  condition_grade: "",
  attributes: {},
})

const TEXT_FIELDS = [
  ["supplier_reference", "Supplier reference", "PO or ASN number"],
  ["lot", "Lot", "Batch or lot code"],
  ["condition_grade", "Condition grade", "e.g. A"],
] as const

/** What every unit of the receipt shares: references, lot, grade and the template's attributes. */
export const ReceiptFields = ({
  values,
  definitions,
  errors,
  onChange,
}: {
  values: ReceiptFieldValues
  definitions: TemplateAttributeDefinition[]
  errors: Record<string, string>
  onChange: (values: ReceiptFieldValues) => void
}) => {
  const id = useId()
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      {TEXT_FIELDS.map(([key, label, placeholder]) => (
        <FormField key={key} id={`${id}-${key}`} label={label}>
          <Input
            id={`${id}-${key}`}
            value={values[key]}
            placeholder={placeholder}
            onChange={(e) => onChange({ ...values, [key]: e.target.value })}
          />
        </FormField>
      ))}
      {definitions.map((def) => (
        <AttributeField
          key={def.key}
          definition={def}
          value={values.attributes[def.key] ?? ""}
          error={errors[def.key]}
          onChange={(value) =>
            onChange({
              ...values,
              attributes: { ...values.attributes, [def.key]: value },
            })
          }
        />
      ))}
    </div>
  )
}
