import { DatePicker, Input, Select, Switch, Text } from "@medusajs/ui"
import { useId } from "react"
import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import { parseCalendarDate, toCalendarDate } from "../../lib/format-date"
import type { AttributeFormValue } from "../../lib/unit-form-values"
import { FormField } from "./form-field"

/** Radix Select has no empty value: this one stands for "no value". */
const NONE = "__none"

interface AttributeFieldProps {
  definition: TemplateAttributeDefinition
  value: AttributeFormValue
  /** The API's problem with the value (`is required`, ...), shown under the field. */
  error?: string
  onChange: (value: AttributeFormValue) => void
}

/**
 * One template attribute as a typed control: text, number (with its unit),
 * a switch for booleans, a date picker, or a select of the options.
 */
export const AttributeField = ({
  definition: def,
  value,
  error,
  onChange,
}: AttributeFieldProps) => {
  const id = useId()
  const label = def.label || def.key
  const a11y = {
    "aria-invalid": !!error || undefined,
    "aria-required": def.required || undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  }

  const control = (() => {
    if (def.type === "boolean") {
      return (
        <div className="flex h-8 items-center">
          <Switch
            id={id}
            checked={value === true}
            onCheckedChange={(checked) => onChange(checked)}
            {...a11y}
          />
        </div>
      )
    }
    if (def.type === "select" || def.options?.length) {
      return (
        <Select
          value={String(value) || NONE}
          onValueChange={(v) => onChange(v === NONE ? "" : v)}
        >
          <Select.Trigger id={id} {...a11y}>
            <Select.Value placeholder="Choose" />
          </Select.Trigger>
          <Select.Content>
            {!def.required && (
              <Select.Item value={NONE}>
                <span className="text-ui-fg-muted">None</span>
              </Select.Item>
            )}
            {(def.options ?? []).map((option) => (
              <Select.Item key={option} value={option}>
                {option}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )
    }
    if (def.type === "date") {
      return (
        <DatePicker
          id={id}
          aria-label={label}
          value={parseCalendarDate(value)}
          onChange={(date) => onChange(date ? toCalendarDate(date) : "")}
          {...a11y}
        />
      )
    }
    const input = (
      <Input
        id={id}
        type={def.type === "number" ? "number" : "text"}
        inputMode={def.type === "number" ? "decimal" : undefined}
        step="any"
        value={String(value)}
        onChange={(e) => onChange(e.target.value)}
        {...a11y}
      />
    )
    return def.unit ? (
      <div className="flex items-center gap-x-2">
        <div className="flex-1">{input}</div>
        <Text size="small" className="text-ui-fg-muted">
          {def.unit}
        </Text>
      </div>
    ) : (
      input
    )
  })()

  return (
    <FormField
      id={id}
      label={label}
      required={def.required}
      error={error && `${label} ${error}`}
    >
      {control}
    </FormField>
  )
}
