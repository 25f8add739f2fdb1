import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useRef, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { useReceiveSerials } from "../../hooks/serial-receipts"
import { useSerialTemplate } from "../../hooks/serial-templates"
import { useTrackingPolicy } from "../../hooks/tracking-policy"
import { receivableSerials, sessionCounts } from "../../lib/receiving-session"
import { errorMessage } from "../../lib/sdk"
import { attributeErrors, filledAttributes } from "../../lib/unit-form-values"
import { FormError } from "../form-error"
import { LocationSelect } from "../location-select"
import { ImportSerialsButton } from "../serials/import-serials-button"
import { InventoryItemPicker, type PickedItem } from "./inventory-item-picker"
import { ManifestReceiving } from "./manifest-receiving"
import { ManifestSelect } from "./manifest-select"
import { RangesAndGenerate, type RangeChip } from "./ranges-and-generate"
import {
  emptyReceiptFields,
  ReceiptFields,
  type ReceiptFieldValues,
} from "./receipt-fields"
import { ScanField } from "./scan-field"
import { ScanList } from "./scan-list"
import { useReceivingSession } from "./use-receiving-session"

/**
 * Goods-in, scan first: pick the item (or arrive from its product page) and
 * the location, then scan. Each scan is checked as it arrives and flagged
 * inline (tone, colour, a line by the field), never in a dialog; ranges and
 * generated serials join the same receipt, which raises the stock by the
 * number of units received.
 */
export const ReceivingScreen = () => {
  const [params] = useSearchParams()
  const preset = params.get("inventory_item_id")
  const [item, setItem] = useState<PickedItem | null>(
    preset ? { id: preset } : null
  )
  const [locationId, setLocationId] = useState("")
  const [inboundId, setInboundId] = useState("")
  const [fields, setFields] = useState<ReceiptFieldValues>(emptyReceiptFields)
  const [ranges, setRanges] = useState<RangeChip[]>([])
  const [generate, setGenerate] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const scanRef = useRef<HTMLInputElement>(null)
  const policy = useTrackingPolicy(item?.id)
  const tracking = policy.data?.serial_tracking_policy
  const template = useSerialTemplate(tracking?.template_id)
  const definitions = useMemo(
    () => template.data?.serial_template.attributes ?? [],
    [template.data]
  )
  const { session, flash, scan, remove, reset } = useReceivingSession(
    item?.id ?? ""
  )
  const receive = useReceiveSerials()
  const counts = sessionCounts(session)
  const rangeCount = ranges.reduce((sum, r) => sum + r.count, 0)
  const total = counts.receivable + rangeCount + generate
  const full = tracking?.mode === "full"
  const ready = !!item && !!locationId && full

  // The scan field takes the focus whenever the receipt's item or location is set.
  // (After the select has put the focus back on itself.)
  useEffect(() => {
    if (!ready) return
    const frame = requestAnimationFrame(() => scanRef.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [ready, locationId, item?.id])

  const submit = async () => {
    if (!item) return
    setError(null)
    try {
      const res = await receive.mutateAsync({
        inventory_item_id: item.id,
        stock_location_id: locationId,
        serials: receivableSerials(session),
        ...(ranges.length ? { ranges: ranges.map((r) => r.range) } : {}),
        ...(generate ? { generate: { count: generate } } : {}),
        ...(fields.lot.trim() ? { lot: fields.lot.trim() } : {}),
        ...(fields.supplier_reference.trim()
          ? { supplier_reference: fields.supplier_reference.trim() }
          : {}),
        ...(fields.condition_grade.trim()
          ? { condition_grade: fields.condition_grade.trim() }
          : {}),
        attributes: filledAttributes(definitions, fields.attributes),
      })
      toast.success(`Received ${res.receipt.count} units`, {
        description: `Stock +${res.receipt.stock_added} · ${res.receipt.receipt_reference}`,
      })
      reset()
      setRanges([])
      setGenerate(0)
      scanRef.current?.focus()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const fieldErrors = error ? attributeErrors(error).byKey : {}

  return (
    <div className="flex flex-col divide-y" data-testid="receiving-screen">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>Receiving</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Scan units into stock. Each scan is checked as it arrives; stock
            rises by the units received.
          </Text>
        </div>
        <ImportSerialsButton />
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        <LocationSelect
          value={locationId}
          onChange={(next) => {
            setLocationId(next)
            setInboundId("")
          }}
          focusAfterClose={() => scanRef.current?.focus()}
        />
        <ManifestSelect
          locationId={locationId}
          value={inboundId}
          onChange={setInboundId}
        />
        {!inboundId && (
          <InventoryItemPicker
            value={item}
            onChange={(next) => {
              setItem(next)
              reset()
            }}
          />
        )}
        {!inboundId && item && tracking && !full && (
          <Text
            size="small"
            className="text-ui-fg-error md:col-span-3"
            role="alert"
          >
            This item is tracked "{tracking.mode}": receipts take items with
            full tracking. Set it on the product's Serial numbers section.
          </Text>
        )}
      </div>
      {inboundId && (
        <ManifestReceiving
          key={inboundId}
          inboundId={inboundId}
          scanRef={scanRef}
          onConfirmed={() => setInboundId("")}
        />
      )}
      {!inboundId && ready && (
        <>
          <div className="px-6 py-4">
            <ReceiptFields
              values={fields}
              definitions={definitions}
              errors={fieldErrors}
              onChange={setFields}
            />
          </div>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <ScanField
              scanRef={scanRef}
              label="Scan serials"
              flash={flash}
              onScan={(value) => scan([value])}
            />
            <RangesAndGenerate
              ranges={ranges}
              onRangesChange={setRanges}
              generate={generate}
              onGenerateChange={setGenerate}
              pattern={tracking?.generator_pattern}
            />
          </div>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-6 py-4">
            <Text size="small" data-testid="receiving-counts">
              Scanned <strong>{counts.scanned}</strong> · Ready{" "}
              <strong>{counts.receivable}</strong> · Problems{" "}
              <strong>{counts.problems}</strong> · Checking{" "}
              <strong>{counts.checking}</strong>
              {rangeCount > 0 && (
                <>
                  {" "}
                  · Ranges <strong>{rangeCount}</strong>
                </>
              )}
              {generate > 0 && (
                <>
                  {" "}
                  · Generate <strong>{generate}</strong>
                </>
              )}
            </Text>
            <div className="ml-auto flex items-center gap-x-2">
              {counts.problems > 0 && (
                <Text size="small" className="text-ui-fg-subtle">
                  Scans with problems are left out
                </Text>
              )}
              <Button
                size="small"
                onClick={submit}
                isLoading={receive.isPending}
                disabled={!total || counts.checking > 0}
              >
                Receive {total} units
              </Button>
            </div>
            <div className="w-full">
              <FormError error={error} />
            </div>
          </div>
          <ScanList entries={session.entries} onRemove={remove} />
        </>
      )}
    </div>
  )
}
