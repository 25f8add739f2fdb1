import { Input, Label, Text, Textarea } from "@medusajs/ui"
import type { RecallSelectorBody } from "../../hooks/serial-recalls"

export interface RecallSelectorDraft {
  serial_range: string
  lot: string
  supplier_reference: string
  receipt_reference: string
  attribute_key: string
  attribute_value: string
  received_from: string
  received_to: string
  serials_text: string
}

export const EMPTY_SELECTOR: RecallSelectorDraft = {
  serial_range: "",
  lot: "",
  supplier_reference: "",
  receipt_reference: "",
  attribute_key: "",
  attribute_value: "",
  received_from: "",
  received_to: "",
  serials_text: "",
}

/** The request's selector from the form: only filled fields, trimmed (the server checks the rest). */
export function selectorBody(d: RecallSelectorDraft): RecallSelectorBody {
  const body: RecallSelectorBody = {}
  const set = (key: keyof RecallSelectorBody, value: string) => {
    if (value.trim()) (body as any)[key] = value.trim()
  }
  set("serial_range", d.serial_range)
  set("lot", d.lot)
  set("supplier_reference", d.supplier_reference)
  set("receipt_reference", d.receipt_reference)
  set("received_from", d.received_from)
  set("received_to", d.received_to)
  if (d.serials_text.trim()) body.serials_text = d.serials_text
  if (d.attribute_key.trim()) {
    body.attribute = { key: d.attribute_key.trim(), value: d.attribute_value }
  }
  return body
}

const Field = ({
  id,
  label,
  hint,
  children,
}: {
  id: string
  label: string
  hint?: string
  children: React.ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

/** The selector's fields; every one filled must hold (AND). */
export const RecallSelectorFields = ({
  value,
  onChange,
}: {
  value: RecallSelectorDraft
  onChange: (next: RecallSelectorDraft) => void
}) => {
  const bind = (key: keyof RecallSelectorDraft) => ({
    id: `recall-${key}`,
    value: value[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...value, [key]: e.target.value }),
  })
  return (
    <div className="flex flex-col gap-y-4">
      <Text size="small" className="text-ui-fg-subtle">
        Every field you fill must hold for a unit to be recalled.
      </Text>
      <Field
        id="recall-serial_range"
        label="Serial range"
        hint="FIRST..LAST with one number, padding kept, at most 1,000,000 (SN-000100..SN-000500)"
      >
        <Input {...bind("serial_range")} placeholder="SN-000100..SN-000500" />
      </Field>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Field id="recall-lot" label="Lot">
          <Input {...bind("lot")} />
        </Field>
        <Field id="recall-supplier_reference" label="Supplier reference">
          <Input {...bind("supplier_reference")} />
        </Field>
        <Field id="recall-receipt_reference" label="Receipt reference">
          <Input {...bind("receipt_reference")} />
        </Field>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="recall-attribute_key" label="Template attribute">
          <Input {...bind("attribute_key")} placeholder="firmware" />
        </Field>
        <Field id="recall-attribute_value" label="Attribute value">
          <Input {...bind("attribute_value")} placeholder="1.0.3" />
        </Field>
        <Field
          id="recall-received_from"
          label="Received from"
          hint="On or after"
        >
          <Input type="date" {...bind("received_from")} />
        </Field>
        <Field id="recall-received_to" label="Received before">
          <Input type="date" {...bind("received_to")} />
        </Field>
      </div>
      <Field
        id="recall-serials_text"
        label="Serials"
        hint="Paste a list (one a line, or comma separated) or a CSV with a serial column"
      >
        <Textarea rows={4} {...bind("serials_text")} />
      </Field>
    </div>
  )
}
