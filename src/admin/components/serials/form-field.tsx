import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

interface FormFieldProps {
  id: string
  label: string
  required?: boolean
  /** A validation message from the API, shown under the field. */
  error?: string
  hint?: string
  children: ReactNode
}

/** A labelled form control with its required mark and inline error, Medusa-form style. */
export const FormField = ({
  id,
  label,
  required,
  error,
  hint,
  children,
}: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {required && (
        <span className="text-ui-fg-error ml-0.5" aria-hidden>
          *
        </span>
      )}
    </Label>
    {children}
    {error ? (
      <Text id={`${id}-error`} size="small" className="text-ui-fg-error">
        {error}
      </Text>
    ) : (
      hint && (
        <Text size="small" className="text-ui-fg-muted">
          {hint}
        </Text>
      )
    )}
  </div>
)
