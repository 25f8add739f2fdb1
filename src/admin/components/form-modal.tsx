import { FocusModal, Heading } from "@medusajs/ui"
import { FormError } from "./form-error"
import { ModalActions } from "./modal-actions"

/**
 * The plugin's full-screen form: title, a description line, the fields in a
 * centered column, the API's refusal under them, Cancel and submit.
 */
export const FormModal = ({
  open,
  onOpenChange,
  title,
  description,
  error,
  submitLabel,
  onSubmit,
  isLoading,
  disabled,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: React.ReactNode
  error: string | null
  submitLabel: string
  onSubmit: () => void
  isLoading: boolean
  disabled: boolean
  children: React.ReactNode
}) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Content>
      <FocusModal.Header>
        <FocusModal.Title asChild>
          <Heading>{title}</Heading>
        </FocusModal.Title>
      </FocusModal.Header>
      <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-10">
        <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
          <FocusModal.Description className="text-ui-fg-subtle txt-small">
            {description}
          </FocusModal.Description>
          {children}
          <FormError error={error} />
        </div>
      </FocusModal.Body>
      <ModalActions
        submitLabel={submitLabel}
        onSubmit={onSubmit}
        isLoading={isLoading}
        disabled={disabled}
      />
    </FocusModal.Content>
  </FocusModal>
)
