import { Input, Textarea } from "@medusajs/ui"
import { AttributeDefinitionsEditor } from "./attribute-definitions-editor"
import { ConditionGradesEditor } from "./condition-grades-editor"
import { FormErrorBox } from "./form-error-box"
import { FormField } from "./form-field"
import type { TemplateDraft } from "./template-draft"
import { errorAt, type TemplateErrors } from "./template-errors"

interface TemplateFormFieldsProps {
  draft: TemplateDraft
  update: (patch: Partial<TemplateDraft>) => void
  errors: TemplateErrors
  /** The last refusal, for the box at the top; null before a failed save. */
  refusal: TemplateErrors | null
  autoFocus?: boolean
}

/** Every field of a template, shared by the create modal and the edit drawer. */
export const TemplateFormFields = ({
  draft,
  update,
  errors,
  refusal,
  autoFocus,
}: TemplateFormFieldsProps) => (
  <div className="flex flex-col gap-y-8">
    <FormErrorBox errors={refusal} />
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <FormField
        id="template-name"
        label="Name"
        error={errorAt(errors, "name")}
      >
        <Input
          id="template-name"
          value={draft.name}
          autoFocus={autoFocus}
          autoComplete="off"
          placeholder="Refurbished phone"
          aria-invalid={!!errorAt(errors, "name") || undefined}
          onChange={(e) => update({ name: e.target.value })}
        />
      </FormField>
      <FormField
        id="template-warranty"
        label="Warranty (months)"
        optional
        hint="Default length from the ship date; a policy can override it"
        error={errorAt(errors, "warranty_months")}
      >
        <Input
          id="template-warranty"
          type="number"
          inputMode="numeric"
          min={0}
          max={1200}
          step={1}
          value={draft.warrantyMonths}
          placeholder="12"
          aria-invalid={!!errorAt(errors, "warranty_months") || undefined}
          onChange={(e) => update({ warrantyMonths: e.target.value })}
        />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          id="template-description"
          label="Description"
          optional
          error={errorAt(errors, "description")}
        >
          <Textarea
            id="template-description"
            rows={3}
            value={draft.description}
            aria-invalid={!!errorAt(errors, "description") || undefined}
            onChange={(e) => update({ description: e.target.value })}
          />
        </FormField>
      </div>
    </div>
    <ConditionGradesEditor
      value={draft.grades}
      onChange={(grades) => update({ grades })}
      errors={errors}
    />
    <AttributeDefinitionsEditor
      value={draft.attributes}
      onChange={(attributes) => update({ attributes })}
      errors={errors}
    />
  </div>
)
