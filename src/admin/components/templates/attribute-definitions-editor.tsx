import { Plus } from "@medusajs/icons"
import { Button, Hint, Label, Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { AttributeDefinitionRow } from "./attribute-definition-row"
import { newAttributeDraft, type AttributeDraft } from "./template-draft"
import { errorAt, type TemplateErrors } from "./template-errors"

interface AttributeDefinitionsEditorProps {
  value: AttributeDraft[]
  onChange: (value: AttributeDraft[]) => void
  errors: TemplateErrors
}

/** The template's attribute definitions: a card per attribute, add, move and remove. */
export const AttributeDefinitionsEditor = ({
  value,
  onChange,
  errors,
}: AttributeDefinitionsEditorProps) => {
  const list = useRef<HTMLOListElement>(null)
  const [added, setAdded] = useState<string | null>(null)
  const listError = errorAt(errors, "attributes")

  // Focus the label of a row just added.
  useEffect(() => {
    if (!added) return
    list.current
      ?.querySelector<HTMLInputElement>(`#template-attribute-${added}-label`)
      ?.focus()
    setAdded(null)
  }, [added])

  const add = () => {
    const row = newAttributeDraft()
    onChange([...value, row])
    setAdded(row.uid)
  }

  const move = (from: number, to: number) => {
    const next = [...value]
    const [row] = next.splice(from, 1)
    next.splice(to, 0, row)
    onChange(next)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col">
          <Label size="small" weight="plus" id="template-attributes-label">
            Attributes
          </Label>
          <Hint>
            Typed fields of every unit of this template, checked on each write.
            Keys are snake_case and unique.
          </Hint>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          className="shrink-0"
          onClick={add}
        >
          <Plus />
          Add attribute
        </Button>
      </div>
      {value.length ? (
        <ol
          ref={list}
          aria-labelledby="template-attributes-label"
          className="flex flex-col gap-y-3"
        >
          {value.map((row, index) => (
            <AttributeDefinitionRow
              key={row.uid}
              index={index}
              count={value.length}
              value={row}
              errors={errors}
              onChange={(next) =>
                onChange(value.map((r) => (r.uid === row.uid ? next : r)))
              }
              onRemove={() => onChange(value.filter((r) => r.uid !== row.uid))}
              onMove={(to) => move(index, to)}
            />
          ))}
        </ol>
      ) : (
        <div className="border-ui-border-strong flex flex-col items-center gap-y-1 rounded-lg border border-dashed px-6 py-6">
          <Text size="small" weight="plus" leading="compact">
            No attributes
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            Units of this template carry no typed fields.
          </Text>
        </div>
      )}
      {listError && (
        <Hint variant="error" role="alert">
          {listError}
        </Hint>
      )}
    </div>
  )
}
