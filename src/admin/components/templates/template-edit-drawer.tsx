import { Button, Drawer, Heading, Skeleton, Text } from "@medusajs/ui"
import { useEffect, useRef, type MutableRefObject } from "react"
import type { AdminSerialTemplate } from "../../../types/http"
import { useSerialTemplate } from "../../hooks/serial-templates"
import { errorMessage } from "../../lib/sdk"
import { EnterSafeForm } from "./enter-safe-form"
import { TemplateFormFields } from "./template-form-fields"
import { useRevealRefusal } from "./use-reveal-refusal"
import { useTemplateForm } from "./use-template-form"

interface TemplateEditDrawerProps {
  /** The template to edit; null closes the drawer. */
  templateId: string | null
  onClose: () => void
}

/**
 * `POST /admin/serial-templates/:id` in a drawer, as Medusa's own edit forms.
 * Loads the template fresh; closing with unsaved changes asks first.
 */
export const TemplateEditDrawer = ({
  templateId,
  onClose,
}: TemplateEditDrawerProps) => {
  const requestClose = useRef(onClose)
  // Keeps the last template while the drawer animates closed.
  const shownId = useRef(templateId)
  if (templateId) shownId.current = templateId
  const { data, isPending, error } = useSerialTemplate(shownId.current)
  const template = data?.serial_template

  return (
    <Drawer
      open={!!templateId}
      onOpenChange={(open) => !open && requestClose.current()}
    >
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>Edit serial template</Heading>
          </Drawer.Title>
        </Drawer.Header>
        {template && template.id === shownId.current ? (
          <EditForm
            key={template.id}
            template={template}
            onClose={onClose}
            requestClose={requestClose}
          />
        ) : (
          <Drawer.Body className="flex flex-col gap-y-4">
            {error ? (
              <Text size="small" className="text-ui-fg-error">
                {errorMessage(error)}
              </Text>
            ) : (
              isPending && <DrawerSkeleton />
            )}
          </Drawer.Body>
        )}
      </Drawer.Content>
    </Drawer>
  )
}

const DrawerSkeleton = () => (
  <div className="flex flex-col gap-y-6" aria-busy="true">
    {[0, 1, 2].map((i) => (
      <div key={i} className="flex flex-col gap-y-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-full" />
      </div>
    ))}
  </div>
)

interface EditFormProps {
  template: AdminSerialTemplate
  onClose: () => void
  requestClose: MutableRefObject<() => void>
}

const EditForm = ({ template, onClose, requestClose }: EditFormProps) => {
  const form = useTemplateForm(template, onClose)
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
    <EnterSafeForm
      ref={ref}
      className="flex flex-1 flex-col overflow-hidden"
      onSubmit={(e) => {
        e.preventDefault()
        void form.submit()
      }}
    >
      <Drawer.Body className="flex-1 overflow-y-auto">
        <TemplateFormFields {...form} />
      </Drawer.Body>
      <Drawer.Footer>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() => void close()}
        >
          Cancel
        </Button>
        <Button size="small" type="submit" isLoading={form.isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </EnterSafeForm>
  )
}
