import { Alert, Text } from "@medusajs/ui"
import type { TemplateErrors } from "./template-errors"

/**
 * The one box at the top of the form after a refused save: the API's messages
 * that name no field, or a pointer to the fields marked below.
 */
export const FormErrorBox = ({ errors }: { errors: TemplateErrors | null }) => {
  if (!errors) return null
  const placed = Object.keys(errors.byPath).length
  if (!errors.form.length && !placed) return null
  return (
    <Alert variant="error" role="alert" data-testid="template-form-error">
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus" leading="compact">
          The template was not saved
        </Text>
        {errors.form.map((message) => (
          <Text key={message} size="small" className="break-words">
            {message}
          </Text>
        ))}
        {placed > 0 && (
          <Text size="small">
            {placed === 1
              ? "Fix the field marked below and save again."
              : `Fix the ${placed} fields marked below and save again.`}
          </Text>
        )}
      </div>
    </Alert>
  )
}
