import { Button, Input, Label, Textarea, toast } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { useSerializeExisting } from "../../hooks/stock-drift"
import { errorMessage } from "../../lib/sdk"
import { FormModal } from "../form-modal"

/**
 * Gives serials to stock Medusa already counts at a location (an item
 * switched to `full` tracking with stock on hand): the serials as a list
 * (one a line), or a count generated from the policy's pattern. Calls
 * `POST /admin/serial-receipts` with `serialize_existing: true`, which
 * receives the units without raising the stock.
 */
export const SerializeExistingModal = ({
  inventoryItemId,
  locationId,
  locationName,
  unserialized,
  open,
  onOpenChange,
}: {
  inventoryItemId: string
  locationId: string
  locationName: string
  unserialized: number
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const ids = useId()
  const serialize = useSerializeExisting()
  const [text, setText] = useState("")
  const [count, setCount] = useState("")
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (open) {
      setText("")
      setCount(String(unserialized))
      setError(null)
    }
  }, [open, unserialized])

  const serials = text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)
  const generate = Number(count)
  const valid =
    serials.length > 0 || (Number.isInteger(generate) && generate > 0)

  const onSubmit = async () => {
    setError(null)
    try {
      await serialize.mutateAsync({
        inventory_item_id: inventoryItemId,
        stock_location_id: locationId,
        ...(serials.length ? { serials } : { generate: { count: generate } }),
        serialize_existing: true,
      })
      toast.success(
        `${serials.length || generate} units serialized at ${locationName}`
      )
      onOpenChange(false)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <FormModal
      open={open}
      onOpenChange={onOpenChange}
      title="Serialize existing stock"
      description={`${unserialized} units in stock at ${locationName} have no serial. Enter their serials, or generate them from the policy's pattern. Medusa's stock level stays as it is.`}
      error={error}
      submitLabel={
        serials.length
          ? `Serialize ${serials.length}`
          : `Generate ${valid ? generate : ""}`.trim()
      }
      onSubmit={onSubmit}
      isLoading={serialize.isPending}
      disabled={!valid}
    >
      <div className="flex flex-col gap-y-1">
        <Label size="small" weight="plus" htmlFor={`${ids}-serials`}>
          Serials (one a line)
        </Label>
        <Textarea
          id={`${ids}-serials`}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small" weight="plus" htmlFor={`${ids}-count`}>
          Or generate this many
        </Label>
        <Input
          id={`${ids}-count`}
          type="number"
          min={1}
          max={unserialized}
          disabled={serials.length > 0}
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
    </FormModal>
  )
}

/** The button that opens the modal, for a line of the drift section. */
export const SerializeExistingButton = (
  props: Omit<
    React.ComponentProps<typeof SerializeExistingModal>,
    "open" | "onOpenChange"
  >
) => {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Serialize
      </Button>
      <SerializeExistingModal {...props} open={open} onOpenChange={setOpen} />
    </>
  )
}
