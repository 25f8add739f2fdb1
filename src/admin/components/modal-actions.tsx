import { Button, FocusModal } from "@medusajs/ui"

/** The footer of the plugin's full-screen forms: Cancel (closes) and the submit button. */
export const ModalActions = ({
  submitLabel,
  onSubmit,
  isLoading,
  disabled,
}: {
  submitLabel: string
  onSubmit: () => void
  isLoading: boolean
  disabled: boolean
}) => (
  <FocusModal.Footer>
    <div className="flex items-center justify-end gap-x-2">
      <FocusModal.Close asChild>
        <Button size="small" variant="secondary">
          Cancel
        </Button>
      </FocusModal.Close>
      <Button
        size="small"
        onClick={onSubmit}
        isLoading={isLoading}
        disabled={disabled}
      >
        {submitLabel}
      </Button>
    </div>
  </FocusModal.Footer>
)
