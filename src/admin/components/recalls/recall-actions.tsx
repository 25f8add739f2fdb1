import { Button, Label, Prompt, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import type { SerialRecallDTO } from "../../../types/serial-recall"
import { useApplyRecall, useCloseRecall } from "../../hooks/serial-recalls"
import { errorMessage } from "../../lib/sdk"
import { FormError } from "../form-error"

/** Apply (a draft, after confirming) or close (applied, with a disposition). */
export const RecallActions = ({
  recall,
  blockable,
}: {
  recall: SerialRecallDTO
  blockable: number
}) => {
  const apply = useApplyRecall()
  const close = useCloseRecall()
  const [disposition, setDisposition] = useState<"release" | "defective">(
    "release"
  )
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const onError = (e: unknown) => setError(errorMessage(e))

  if (recall.status === "draft") {
    return (
      <div className="flex flex-col gap-y-2">
        <Prompt>
          <Prompt.Trigger asChild>
            <Button size="small">Apply recall</Button>
          </Prompt.Trigger>
          <Prompt.Content>
            <Prompt.Header>
              <Prompt.Title>Apply "{recall.name}"?</Prompt.Title>
              <Prompt.Description>
                {blockable} unit(s) in stock or on unshipped orders will be
                blocked: they cannot be allocated, picked, reserved or sold
                until the recall is closed.
              </Prompt.Description>
            </Prompt.Header>
            <Prompt.Footer>
              <Prompt.Cancel>Cancel</Prompt.Cancel>
              <Prompt.Action
                onClick={() =>
                  apply.mutate(
                    { id: recall.id },
                    {
                      onSuccess: ({ recall: r }) =>
                        toast.success(`${r.blocked_count} unit(s) blocked`),
                      onError,
                    }
                  )
                }
              >
                Apply
              </Prompt.Action>
            </Prompt.Footer>
          </Prompt.Content>
        </Prompt>
        <FormError error={error} />
      </div>
    )
  }
  if (recall.status !== "applied") {
    return null
  }
  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" id="recall-disposition">
            Close with
          </Label>
          <Select
            value={disposition}
            onValueChange={(v) => setDisposition(v as any)}
          >
            <Select.Trigger aria-labelledby="recall-disposition">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="release">
                Release: back to stock or their order
              </Select.Item>
              <Select.Item value="defective">Mark defective</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" htmlFor="recall-close-note">
            Note
          </Label>
          <Textarea
            id="recall-close-note"
            rows={1}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </div>
      <div>
        <Button
          size="small"
          variant="secondary"
          isLoading={close.isPending}
          onClick={() =>
            close.mutate(
              {
                id: recall.id,
                body: { disposition, note: note || undefined },
              },
              {
                onSuccess: () =>
                  toast.success(`Recall "${recall.name}" closed`),
                onError,
              }
            )
          }
        >
          Close recall
        </Button>
      </div>
      <FormError error={error} />
    </div>
  )
}
