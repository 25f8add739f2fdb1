import {
  Button,
  Container,
  Heading,
  Input,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useId, useMemo, useState, type ReactNode } from "react"
import type {
  AdminSerialNumber,
  AdminSerialTemplate,
} from "../../../types/http"
import { useUpdateSerialNumber } from "../../hooks/serial-numbers"
import { errorMessage } from "../../lib/sdk"
import {
  attributeErrors,
  changedUnitFields,
  unitFormValues,
  type UnitTextField,
} from "../../lib/unit-form-values"
import { AttributeField } from "./attribute-field"
import { FormField } from "./form-field"

interface UnitDetailsFormProps {
  unit: AdminSerialNumber
  /** The unit's template (its attribute definitions and condition grades), if it has one. */
  template?: AdminSerialTemplate | null
}

const NO_GRADE = "__none"

const Group = ({ title, children }: { title: string; children: ReactNode }) => (
  <fieldset className="flex flex-col gap-y-4 px-6 py-4">
    <legend className="sr-only">{title}</legend>
    <Text size="small" weight="plus" className="text-ui-fg-base" aria-hidden>
      {title}
    </Text>
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">{children}</div>
  </fieldset>
)

/**
 * The unit's editable details: the template's typed attributes, condition,
 * storage and references. Save sends only what changed; the API's validation
 * message shows under the field it names, or above the buttons.
 */
export const UnitDetailsForm = ({ unit, template }: UnitDetailsFormProps) => {
  const id = useId()
  const definitions = useMemo(() => template?.attributes ?? [], [template])
  const initial = useMemo(
    () => unitFormValues(unit, definitions),
    [unit, definitions]
  )
  const [values, setValues] = useState(initial)
  const [apiError, setApiError] = useState<string | null>(null)
  const update = useUpdateSerialNumber(unit.id)

  const changes = changedUnitFields(initial, values, definitions)
  const dirty = Object.keys(changes).length > 0
  const errors = apiError ? attributeErrors(apiError) : null
  const grades = template?.condition_grades ?? []

  const setField = (field: UnitTextField, value: string) =>
    setValues((v) => ({ ...v, fields: { ...v.fields, [field]: value } }))
  const text = (field: UnitTextField, label: string) => (
    <FormField id={`${id}-${field}`} label={label}>
      <Input
        id={`${id}-${field}`}
        value={values.fields[field]}
        maxLength={255}
        onChange={(e) => setField(field, e.target.value)}
      />
    </FormField>
  )

  const save = () => {
    setApiError(null)
    update.mutate(changes, {
      onSuccess: () => toast.success(`Saved ${unit.serial}`),
      onError: (e) => setApiError(errorMessage(e)),
    })
  }

  return (
    <Container className="divide-y p-0">
      <form
        className="divide-y"
        onSubmit={(e) => {
          e.preventDefault()
          if (dirty) save()
        }}
      >
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Details</Heading>
          {template && (
            <Text size="small" className="text-ui-fg-subtle">
              Template: {template.name}
            </Text>
          )}
        </div>
        {definitions.length > 0 && (
          <Group title="Attributes">
            {definitions.map((def) => (
              <AttributeField
                key={def.key}
                definition={def}
                value={values.attributes[def.key] ?? ""}
                error={errors?.byKey[def.key]}
                onChange={(value) =>
                  setValues((v) => ({
                    ...v,
                    attributes: { ...v.attributes, [def.key]: value },
                  }))
                }
              />
            ))}
          </Group>
        )}
        <Group title="Condition">
          <FormField id={`${id}-grade`} label="Condition grade">
            {grades.length ? (
              <Select
                value={values.fields.condition_grade || NO_GRADE}
                onValueChange={(v) =>
                  setField("condition_grade", v === NO_GRADE ? "" : v)
                }
              >
                <Select.Trigger id={`${id}-grade`}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_GRADE}>
                    <span className="text-ui-fg-muted">None</span>
                  </Select.Item>
                  {[
                    ...grades,
                    // A grade the template no longer lists stays choosable.
                    ...(values.fields.condition_grade &&
                    !grades.includes(values.fields.condition_grade)
                      ? [values.fields.condition_grade]
                      : []),
                  ].map((g) => (
                    <Select.Item key={g} value={g}>
                      {g}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            ) : (
              <Input
                id={`${id}-grade`}
                value={values.fields.condition_grade}
                maxLength={255}
                onChange={(e) => setField("condition_grade", e.target.value)}
              />
            )}
          </FormField>
          <div className="md:col-span-2">
            <FormField id={`${id}-notes`} label="Condition notes">
              <Textarea
                id={`${id}-notes`}
                value={values.fields.condition_notes}
                maxLength={4000}
                onChange={(e) => setField("condition_notes", e.target.value)}
              />
            </FormField>
          </div>
        </Group>
        <Group title="Storage and references">
          {text("bin_code", "Bin")}
          {text("lot", "Lot")}
          {text("supplier_reference", "Supplier reference")}
          {text("receipt_reference", "Receipt reference")}
        </Group>
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {errors &&
            (errors.other.length > 0 ||
              Object.keys(errors.byKey).length === 0) && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {errors.other.join("; ") || apiError}
              </Text>
            )}
          {errors && Object.keys(errors.byKey).length > 0 && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              Not saved: check the fields marked above.
            </Text>
          )}
          <div className="flex items-center justify-end gap-x-2">
            <Button
              size="small"
              variant="secondary"
              type="button"
              disabled={!dirty || update.isPending}
              onClick={() => {
                setValues(initial)
                setApiError(null)
              }}
            >
              Discard
            </Button>
            <Button
              size="small"
              type="submit"
              disabled={!dirty}
              isLoading={update.isPending}
            >
              Save
            </Button>
          </div>
        </div>
      </form>
    </Container>
  )
}
