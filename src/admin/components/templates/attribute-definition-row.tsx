import { ArrowDownMini, ArrowUpMini, Trash } from "@medusajs/icons"
import {
  Hint,
  IconButton,
  Input,
  Label,
  Select,
  Switch,
  Text,
  clx,
} from "@medusajs/ui"
import type { TemplateAttributeType } from "../../../types/template-attribute"
import { ATTRIBUTE_TYPE_LABELS } from "./attribute-type-labels"
import { FormField } from "./form-field"
import { OptionChipsInput } from "./option-chips-input"
import { keyFromLabel, type AttributeDraft } from "./template-draft"
import { errorAt, hasErrorUnder, type TemplateErrors } from "./template-errors"

interface AttributeDefinitionRowProps {
  index: number
  count: number
  value: AttributeDraft
  onChange: (value: AttributeDraft) => void
  onRemove: () => void
  onMove: (to: number) => void
  errors: TemplateErrors
}

/**
 * One attribute definition as a card: label and key (the key follows the
 * label until edited), required, type, unit for numbers, options for selects.
 * The API's messages for the row show under the field they name.
 */
export const AttributeDefinitionRow = ({
  index,
  count,
  value,
  onChange,
  onRemove,
  onMove,
  errors,
}: AttributeDefinitionRowProps) => {
  const path = `attributes.${value.uid}`
  const id = `template-attribute-${value.uid}`
  const at = (field: string) => errorAt(errors, `${path}.${field}`)
  const rowError = errorAt(errors, path)
  const set = (patch: Partial<AttributeDraft>) =>
    onChange({ ...value, ...patch })
  const showUnit = value.type === "number" || !!value.unit

  return (
    <li
      className={clx(
        "bg-ui-bg-component shadow-elevation-card-rest flex flex-col gap-y-4 rounded-xl p-4",
        hasErrorUnder(errors, path) && "shadow-borders-error"
      )}
      aria-label={`Attribute ${index + 1}`}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus" leading="compact">
          Attribute {index + 1}
          {value.key && (
            <span className="text-ui-fg-muted font-normal"> · {value.key}</span>
          )}
        </Text>
        <div className="flex items-center gap-x-1">
          <div className="mr-2 flex items-center gap-x-2">
            <Switch
              id={`${id}-required`}
              size="small"
              checked={value.required}
              onCheckedChange={(required) => set({ required })}
            />
            <Label htmlFor={`${id}-required`} size="small">
              Required
            </Label>
          </div>
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label={`Move attribute ${index + 1} up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            <ArrowUpMini />
          </IconButton>
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label={`Move attribute ${index + 1} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            <ArrowDownMini />
          </IconButton>
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label={`Remove attribute ${index + 1}`}
            onClick={onRemove}
          >
            <Trash />
          </IconButton>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField
          id={`${id}-label`}
          label="Label"
          optional
          error={at("label")}
        >
          <Input
            id={`${id}-label`}
            size="small"
            value={value.label}
            placeholder="Screen size"
            aria-invalid={!!at("label") || undefined}
            onChange={(e) =>
              set({
                label: e.target.value,
                ...(value.keyEdited
                  ? {}
                  : { key: keyFromLabel(e.target.value) }),
              })
            }
          />
        </FormField>
        <FormField id={`${id}-key`} label="Key" error={at("key")}>
          <Input
            id={`${id}-key`}
            size="small"
            className="font-mono"
            value={value.key}
            placeholder="screen_size"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!at("key") || undefined}
            onChange={(e) => set({ key: e.target.value, keyEdited: true })}
          />
        </FormField>
        <FormField id={`${id}-type`} label="Type" error={at("type")}>
          <Select
            size="small"
            value={value.type}
            onValueChange={(type) =>
              set({ type: type as TemplateAttributeType })
            }
          >
            <Select.Trigger
              id={`${id}-type`}
              aria-invalid={!!at("type") || undefined}
            >
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(ATTRIBUTE_TYPE_LABELS).map(([type, label]) => (
                <Select.Item key={type} value={type}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        {showUnit && (
          <FormField id={`${id}-unit`} label="Unit" optional error={at("unit")}>
            <Input
              id={`${id}-unit`}
              size="small"
              value={value.unit}
              placeholder="in, GB, mAh"
              aria-invalid={!!at("unit") || undefined}
              onChange={(e) => set({ unit: e.target.value })}
            />
          </FormField>
        )}
        {value.type === "select" && (
          <div className="sm:col-span-2">
            <FormField
              id={`${id}-options`}
              label="Options"
              hint="Enter or comma after each option, in the order to offer them"
              error={at("options")}
            >
              <OptionChipsInput
                id={`${id}-options`}
                value={value.options}
                placeholder="Space grey, Silver"
                invalid={!!at("options")}
                onChange={(options) => set({ options })}
              />
            </FormField>
          </div>
        )}
      </div>
      {(rowError || at("required")) && (
        <Hint variant="error" role="alert">
          {[rowError, at("required")].filter(Boolean).join("; ")}
        </Hint>
      )}
    </li>
  )
}
