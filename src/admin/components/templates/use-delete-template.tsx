import { toast, usePrompt } from "@medusajs/ui"
import type { AdminSerialTemplate } from "../../../types/http"
import { useDeleteSerialTemplate } from "../../hooks/serial-templates"
import { errorMessage } from "../../lib/sdk"
import { ProblemLines } from "./problem-lines"

/**
 * Delete with a confirmation. The API refuses a template in use
 * (`serial_template_in_use`, naming the policies and unit counts); that
 * message is shown as it comes, in an error toast that stays until dismissed.
 */
export function useDeleteTemplate() {
  const prompt = usePrompt()
  const remove = useDeleteSerialTemplate()

  return async (template: AdminSerialTemplate) => {
    const confirmed = await prompt({
      title: `Delete “${template.name}”?`,
      description:
        "The template and its attribute definitions are removed. Templates still used by a tracking policy or by units cannot be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(template.id)
      toast.success(`Template “${template.name}” deleted`)
    } catch (e) {
      toast.error(`“${template.name}” was not deleted`, {
        description: <ProblemLines message={errorMessage(e)} />,
        duration: Infinity,
        dismissable: true,
      })
    }
  }
}
