import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { useEffect, useRef, type MutableRefObject } from "react"
import { EnterSafeForm } from "./enter-safe-form"
import { TemplateFormFields } from "./template-form-fields"
import { useRevealRefusal } from "./use-reveal-refusal"
import { useTemplateForm } from "./use-template-form"

interface TemplateCreateModalProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * `POST /admin/serial-templates` in a focus modal, as Medusa's own create
 * forms. Escape, the close button and Cancel ask first when something was
 * typed.
 */
export const TemplateCreateModal = ({
  open,
  onOpenChange,
}: TemplateCreateModalProps) => {
  const requestClose = useRef(() => onOpenChange(false))
  return (
    <FocusModal
      open={open}
      onOpenChange={(next) =>
        next ? onOpenChange(true) : requestClose.current()
      }
    >
      {/* Mounted only while open: every opening starts from an empty form. */}
      {open && (
        <CreateForm
          onClose={() => onOpenChange(false)}
          requestClose={requestClose}
        />
      )}
    </FocusModal>
  )
}

interface CreateFormProps {
  onClose: () => void
  requestClose: MutableRefObject<() => void>
}

const CreateForm = ({ onClose, requestClose }: CreateFormProps) => {
  const form = useTemplateForm(undefined, onClose)
  const ref = useRef<HTMLFormElement>(null)
  useRevealRefusal(ref, form.refusal)
  const close = async () => {
    if (await form.confirmClose()) onClose()
  }
  // The dialog's own close (Escape, the X) goes through the same question,
  // asked after the key event: the prompt listens for Escape itself and
  // would take this one as its own cancel.
  useEffect(() => {
    requestClose.current = () => setTimeout(() => void close(), 0)
  })
  // Once unmounted, a close needs no question.
  useEffect(() => {
    const fallback = onClose
    return () => {
      requestClose.current = fallback
    }
  }, [])

  return (
    <FocusModal.Content>
      <EnterSafeForm
        ref={ref}
        className="flex size-full flex-col overflow-hidden"
        onSubmit={(e) => {
          e.preventDefault()
          void form.submit()
        }}
      >
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8">
            <div className="flex flex-col gap-y-1">
              <FocusModal.Title asChild>
                <Heading>Create serial template</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  Typed attributes, condition grades and a default warranty for
                  the units of one kind of product.
                </Text>
              </FocusModal.Description>
            </div>
            <TemplateFormFields {...form} autoFocus />
          </div>
        </FocusModal.Body>
        <FocusModal.Footer>
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={() => void close()}
          >
            Cancel
          </Button>
          <Button size="small" type="submit" isLoading={form.isPending}>
            Create
          </Button>
        </FocusModal.Footer>
      </EnterSafeForm>
    </FocusModal.Content>
  )
}
