import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

interface FormFieldProps {
  /** The id of the control the label points at. */
  id: string
  label: string
  optional?: boolean
  /** Help under the control while it has no error. */
  hint?: ReactNode
  /** The API's message for this field; replaces the hint. */
  error?: string
  children: ReactNode
}

/** A label, its control and one line under it: the API's refusal in red, else a hint. */
export const FormField = ({
  id,
  label,
  optional,
  hint,
  error,
  children,
}: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <div className="flex items-center gap-x-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
    {children}
    {error ? (
      <Hint variant="error" id={`${id}-error`} role="alert">
        {error}
      </Hint>
    ) : (
      hint && <Hint id={`${id}-hint`}>{hint}</Hint>
    )}
  </div>
)
