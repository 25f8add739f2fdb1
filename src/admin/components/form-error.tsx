import { Text } from "@medusajs/ui"

/** An API refusal shown where the user is looking (no dialog); renders nothing without one. */
export const FormError = ({ error }: { error: string | null }) =>
  error ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {error}
    </Text>
  ) : null
