import { XMarkMini } from "@medusajs/icons"
import {
  Badge,
  FocusModal,
  Heading,
  IconButton,
  Input,
  Label,
  Text,
  clx,
  toast,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import type { AdminOrderLineSerialNumbers } from "../../../types/http"
import { useFulfillWithSerials } from "../../hooks/order-serial-numbers"
import { lookupSerialNumber } from "../../hooks/serial-numbers"
import { errorMessage } from "../../lib/sdk"
import { FormError } from "../form-error"
import { LocationSelect } from "../location-select"
import { ModalActions } from "../modal-actions"
import { ScanInput } from "../scan-input"
import {
  applyScan,
  neededSerials,
  pickedValue,
  planPick,
  type PickLine,
} from "./pick-plan"

const isNotFound = (e: unknown) =>
  !!e && typeof e === "object" && (e as { status?: number }).status === 404

/**
 * "Fulfill with serials": pick the location, scan units (allocated ones are
 * pre-filled; scanning another available unit of the line swaps it in),
 * then create the fulfillment through Medusa's own route with the serials
 * in `additional_data.serial_numbers`.
 */
export const FulfillWithSerials = ({
  orderId,
  lines,
  remaining,
  open,
  onOpenChange,
}: {
  orderId: string
  lines: AdminOrderLineSerialNumbers[]
  remaining: Map<string, number>
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const fulfill = useFulfillWithSerials(orderId)
  const initial = useMemo(() => planPick(lines, remaining), [lines, remaining])
  const [plan, setPlan] = useState<PickLine[]>(initial)
  const [activeLine, setActiveLine] = useState<string | undefined>()
  const [locationId, setLocationId] = useState("")
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setPlan(initial)
      setError(null)
      setActiveLine(initial[0]?.line_item_id)
    }
  }, [open, initial])

  // The lookup reads GS1 scans too, and refuses one whose GTIN is not the unit's item's.
  const onScan = async (scanned: string) => {
    let unit: { inventory_item_id: string } | null = null
    try {
      const { serial_number } = await lookupSerialNumber(scanned)
      unit = { inventory_item_id: serial_number.inventory_item_id }
    } catch (e) {
      if (!isNotFound(e)) {
        return { ok: false, message: errorMessage(e) }
      }
    }
    const out = applyScan(plan, scanned, unit, activeLine)
    if (out.ok) setPlan(out.lines)
    return { ok: out.ok, message: out.message }
  }

  const update = (id: string, patch: Partial<PickLine>) =>
    setPlan((p) =>
      p.map((l) => (l.line_item_id === id ? { ...l, ...patch } : l))
    )

  const incomplete = plan.filter(
    (l) => l.quantity > 0 && l.picked.length !== neededSerials(l)
  )
  const toFulfill = plan.filter((l) => l.quantity > 0)

  const onSubmit = async () => {
    setError(null)
    try {
      await fulfill.mutateAsync({
        location_id: locationId,
        items: toFulfill.map((l) => ({
          id: l.line_item_id,
          quantity: l.quantity,
        })),
        serial_numbers: Object.fromEntries(
          toFulfill
            .filter((l) => l.tracking !== "none")
            .map((l) => [l.line_item_id, l.picked.map(pickedValue)])
        ),
      })
      toast.success("Fulfillment created with its serials")
      onOpenChange(false)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title asChild>
            <Heading>Fulfill with serials</Heading>
          </FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-10">
          <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
            <FocusModal.Description className="text-ui-fg-subtle txt-small">
              Scan each unit as you pick it. Allocated units are filled in;
              scanning another unit of the same item swaps it in.
            </FocusModal.Description>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
              <LocationSelect value={locationId} onChange={setLocationId} />
              <ScanInput
                label="Scan"
                placeholder="Scan or type a serial, Enter picks it"
                autoFocus
                onScan={onScan}
              />
            </div>
            <ul className="flex flex-col gap-y-3">
              {plan.map((l) => {
                const need = neededSerials(l)
                return (
                  <li
                    key={l.line_item_id}
                    data-testid={`pick-line-${l.line_item_id}`}
                    onClick={() => setActiveLine(l.line_item_id)}
                    className={clx(
                      "bg-ui-bg-component shadow-elevation-card-rest flex flex-col gap-y-3 rounded-lg p-4",
                      activeLine === l.line_item_id &&
                        "shadow-borders-interactive-with-active"
                    )}
                  >
                    <div className="flex items-start justify-between gap-x-4">
                      <div>
                        <Text size="small" weight="plus">
                          {l.title}
                        </Text>
                        <Text size="small" className="text-ui-fg-subtle">
                          {[l.sku, `${l.remaining} to fulfill`]
                            .filter(Boolean)
                            .join(" · ")}
                        </Text>
                      </div>
                      <div className="flex items-center gap-x-2">
                        <Label size="xsmall" htmlFor={`qty-${l.line_item_id}`}>
                          Quantity
                        </Label>
                        <Input
                          id={`qty-${l.line_item_id}`}
                          className="w-20"
                          size="small"
                          type="number"
                          min={0}
                          max={l.remaining}
                          value={l.quantity}
                          onChange={(e) =>
                            update(l.line_item_id, {
                              quantity: Math.max(
                                0,
                                Math.min(
                                  l.remaining,
                                  Number(e.target.value) || 0
                                )
                              ),
                            })
                          }
                        />
                      </div>
                    </div>
                    {l.tracking !== "none" && (
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge
                          size="2xsmall"
                          color={l.picked.length === need ? "green" : "orange"}
                        >
                          {l.picked.length} of {need} serials
                        </Badge>
                        {l.picked.map((p) => (
                          <span
                            key={p.serial}
                            className="bg-ui-bg-subtle txt-compact-small inline-flex items-center gap-x-1 rounded-md py-0.5 pl-2 pr-0.5 font-mono"
                          >
                            {p.serial}
                            {p.source === "allocated" && (
                              <span className="text-ui-fg-muted font-sans">
                                (allocated)
                              </span>
                            )}
                            <IconButton
                              size="2xsmall"
                              variant="transparent"
                              aria-label={`Remove ${p.serial}`}
                              onClick={() =>
                                update(l.line_item_id, {
                                  picked: l.picked.filter(
                                    (x) => x.serial !== p.serial
                                  ),
                                })
                              }
                            >
                              <XMarkMini />
                            </IconButton>
                          </span>
                        ))}
                      </div>
                    )}
                  </li>
                )
              })}
            </ul>
            <FormError error={error} />
          </div>
        </FocusModal.Body>
        <ModalActions
          submitLabel="Create fulfillment"
          onSubmit={onSubmit}
          isLoading={fulfill.isPending}
          disabled={!locationId || !toFulfill.length || incomplete.length > 0}
        />
      </FocusModal.Content>
    </FocusModal>
  )
}
