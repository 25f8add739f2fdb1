import { Button, Label, Prompt, Textarea, toast } from "@medusajs/ui"
import { useId, useState } from "react"
import type { SerialNumberAction } from "../../../types/serial-number-status"
import { useTransitionSerialNumber } from "../../hooks/serial-numbers"
import { ACTION_LABELS } from "../../lib/serial-labels"
import { errorMessage } from "../../lib/sdk"

interface UnitActionButtonProps {
  unitId: string
  serial: string
  action: SerialNumberAction
}

/**
 * One allowed transition of a unit: a button that asks for confirmation and
 * an optional note, then calls the action's route. The API decides which
 * actions a unit has; this only offers them.
 */
export const UnitActionButton = ({
  unitId,
  serial,
  action,
}: UnitActionButtonProps) => {
  const noteId = useId()
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const transition = useTransitionSerialNumber(unitId)
  const label = ACTION_LABELS[action] ?? action

  const confirm = () =>
    transition.mutate(
      { action, note: note.trim() || undefined },
      {
        onSuccess: ({ serial_number }) => {
          toast.success(`${label}: ${serial_number.serial}`)
          setOpen(false)
          setNote("")
        },
        onError: (e) =>
          toast.error(`Could not ${label.toLowerCase()}`, {
            description: errorMessage(e),
          }),
      }
    )

  return (
    <Prompt
      open={open}
      onOpenChange={setOpen}
      variant={action === "mark_defective" ? "danger" : "confirmation"}
    >
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary">
          {label}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            confirm()
          }}
        >
          <Prompt.Header>
            <Prompt.Title>{`${label}?`}</Prompt.Title>
            <Prompt.Description>
              {`Unit ${serial}. The change is recorded in its timeline.`}
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <Label htmlFor={noteId} size="small" weight="plus">
              Note <span className="text-ui-fg-muted">(optional)</span>
            </Label>
            <Textarea
              id={noteId}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds a line; Ctrl/Cmd+Enter confirms, as in Medusa's own note fields.
                if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
                  e.preventDefault()
                  confirm()
                }
              }}
            />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button
              size="small"
              type="submit"
              variant={action === "mark_defective" ? "danger" : "primary"}
              isLoading={transition.isPending}
            >
              {label}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
