import {
  Button,
  FocusModal,
  Heading,
  Input,
  Label,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateRecall, usePreviewRecall } from "../../hooks/serial-recalls"
import { errorMessage } from "../../lib/sdk"
import { FormError } from "../form-error"
import { RecallCustomersTable } from "./recall-customers-table"
import { RecallPreviewSummary } from "./recall-preview-summary"
import {
  EMPTY_SELECTOR,
  RecallSelectorFields,
  selectorBody,
} from "./recall-selector-fields"

/** Define a campaign: name, reason, selector; preview it, then save it as a draft. */
export const RecallCreateModal = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const navigate = useNavigate()
  const [name, setName] = useState("")
  const [reason, setReason] = useState("")
  const [selector, setSelector] = useState(EMPTY_SELECTOR)
  const [error, setError] = useState<string | null>(null)
  const preview = usePreviewRecall()
  const create = useCreateRecall()

  const onPreview = () => {
    setError(null)
    preview.mutate(selectorBody(selector), {
      onError: (e) => setError(errorMessage(e)),
    })
  }
  const onCreate = () => {
    setError(null)
    create.mutate(
      { name, reason: reason || undefined, selector: selectorBody(selector) },
      {
        onSuccess: ({ recall }) => {
          toast.success(`Recall "${recall.name}" saved as a draft`)
          onOpenChange(false)
          navigate(`/recalls/${recall.id}`)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title asChild>
            <Heading>New recall</Heading>
          </FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-[720px] flex-col gap-y-6">
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="recall-name" size="small" weight="plus">
                  Name
                </Label>
                <Input
                  id="recall-name"
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="recall-reason" size="small" weight="plus">
                  Reason
                </Label>
                <Textarea
                  id="recall-reason"
                  rows={1}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
            </div>
            <RecallSelectorFields value={selector} onChange={setSelector} />
            <FormError error={error} />
            {preview.data && (
              <>
                <RecallPreviewSummary preview={preview.data.preview} />
                <RecallCustomersTable
                  customers={preview.data.customers}
                  count={preview.data.preview.customer_count}
                />
              </>
            )}
          </div>
        </FocusModal.Body>
        <FocusModal.Footer>
          <div className="flex items-center gap-x-2">
            <Button
              size="small"
              variant="secondary"
              isLoading={preview.isPending}
              onClick={onPreview}
            >
              Preview
            </Button>
            <Button
              size="small"
              isLoading={create.isPending}
              disabled={!name.trim()}
              onClick={onCreate}
            >
              Save draft
            </Button>
          </div>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}
