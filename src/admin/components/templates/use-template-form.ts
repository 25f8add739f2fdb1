import { toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { AdminSerialTemplate } from "../../../types/http"
import { useSaveSerialTemplate } from "../../hooks/serial-templates"
import { errorMessage } from "../../lib/sdk"
import {
  emptyTemplateDraft,
  templateBody,
  templateDraft,
  type TemplateDraft,
} from "./template-draft"
import {
  NO_ERRORS,
  keyRowsByUid,
  parseTemplateErrors,
  type TemplateErrors,
} from "./template-errors"

/**
 * State and save of the create and edit forms: the draft, the API's refusal
 * sorted by field, whether anything changed, and a guard for closing with
 * unsaved changes.
 */
export function useTemplateForm(
  template: AdminSerialTemplate | undefined,
  onSaved: (saved: AdminSerialTemplate) => void
) {
  const [initial] = useState<TemplateDraft>(() =>
    template ? templateDraft(template) : emptyTemplateDraft()
  )
  const [draft, setDraft] = useState(initial)
  const [refusal, setRefusal] = useState<TemplateErrors | null>(null)
  const save = useSaveSerialTemplate(template?.id)
  const prompt = usePrompt()

  const isDirty = useMemo(
    () =>
      JSON.stringify(templateBody(draft)) !==
      JSON.stringify(templateBody(initial)),
    [draft, initial]
  )

  const update = (patch: Partial<TemplateDraft>) =>
    setDraft((current) => ({ ...current, ...patch }))

  const submit = async () => {
    if (save.isPending) return
    try {
      const { serial_template } = await save.mutateAsync(templateBody(draft))
      setRefusal(null)
      toast.success(
        template
          ? `Template “${serial_template.name}” saved`
          : `Template “${serial_template.name}” created`
      )
      onSaved(serial_template)
    } catch (e) {
      setRefusal(
        keyRowsByUid(parseTemplateErrors(errorMessage(e)), {
          attributes: draft.attributes,
          condition_grades: draft.grades,
        })
      )
    }
  }

  /** True when the form may close: nothing changed, or the user lets it go. */
  const confirmClose = async () =>
    !isDirty ||
    (await prompt({
      title: "Discard changes?",
      description: "The template has unsaved changes. Close the form anyway?",
      confirmText: "Discard",
      cancelText: "Keep editing",
    }))

  return {
    draft,
    update,
    errors: refusal ?? NO_ERRORS,
    refusal,
    submit,
    isPending: save.isPending,
    confirmClose,
  }
}
