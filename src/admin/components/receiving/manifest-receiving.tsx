import { Button, Table, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useCallback, useRef, useState } from "react"
import type { AdminSerialInboundLine } from "../../../types/http"
import type { SerialInboundScanResult } from "../../../types/serial-inbound"
import { useScanBursts } from "../../hooks/serial-receipts"
import {
  inboundKeys,
  scanSerialInbound,
  useConfirmSerialInbound,
  useSerialInbound,
  useUndoInboundScan,
} from "../../hooks/serial-inbounds"
import { playScanSound } from "../../lib/scan-feedback"
import { serialKeys } from "../../lib/query-keys"
import { errorMessage, sdk } from "../../lib/sdk"
import { FormError } from "../form-error"
import { ScanField } from "./scan-field"
import { ScanList, type ScanListEntry, type ScanStateLook } from "./scan-list"

const LOOK: Record<string, ScanStateLook> = {
  checking: { label: "Checking", color: "grey" },
  matched: { label: "Matched", color: "green" },
  extra: { label: "Extra", color: "orange" },
  duplicate_scan: { label: "Scanned twice", color: "orange" },
  wrong_item: { label: "Wrong item", color: "red" },
  in_stock_elsewhere: { label: "Already in stock", color: "red" },
  invalid: { label: "Invalid", color: "red" },
}

type ManifestScan = ScanListEntry & { scan_id?: string | null }

/**
 * Scanning against an expected-serial manifest (ASN): every scan is
 * classified by the server (matched, extra, scanned twice, wrong item,
 * already in stock) and shown inline; the lines show expected, scanned,
 * missing and extra live; an extra scan can be taken back; Confirm receives
 * the matched units and raises the stock.
 */
export const ManifestReceiving = ({
  inboundId,
  scanRef,
  onConfirmed,
}: {
  inboundId: string
  scanRef: React.RefObject<HTMLInputElement>
  onConfirmed: () => void
}) => {
  const client = useQueryClient()
  const inbound = useSerialInbound(inboundId)
  const undo = useUndoInboundScan(inboundId)
  const confirm = useConfirmSerialInbound(inboundId)
  const [entries, setEntries] = useState<ManifestScan[]>([])
  const [lines, setLines] = useState<AdminSerialInboundLine[] | null>(null)
  const [flash, setFlash] = useState<{ ok: boolean; message: string } | null>(
    null
  )
  const [error, setError] = useState<string | null>(null)
  const nextN = useRef(1)

  const send = useCallback(
    async (serials: string[]) => {
      const res = await scanSerialInbound(inboundId, serials)
      setLines(res.lines)
      return res.results
    },
    [inboundId]
  )
  const onResults = useCallback(
    (results: { n: number; result: SerialInboundScanResult }[]) => {
      const byN = new Map(results.map((r) => [r.n, r.result]))
      setEntries((all) =>
        all.map((e) => {
          const r = byN.get(e.n)
          return r
            ? {
                ...e,
                serial: r.serial,
                state: r.outcome,
                message: r.message,
                scan_id: r.scan_id,
              }
            : e
        })
      )
      const bad = results.filter((r) => r.result.outcome !== "matched")
      playScanSound(!bad.length)
      const last = bad[bad.length - 1] ?? results[results.length - 1]
      setFlash({
        ok: !bad.length,
        message: bad.length
          ? `${last.result.serial}: ${last.result.message ?? last.result.outcome}`
          : `${last.result.serial} matched`,
      })
    },
    []
  )
  const onFailure = useCallback((scans: { n: number }[], message: string) => {
    const failed = new Set(scans.map((s) => s.n))
    setEntries((all) =>
      all.map((e) =>
        failed.has(e.n) ? { ...e, state: "invalid", message } : e
      )
    )
    playScanSound(false)
    setFlash({ ok: false, message })
  }, [])
  const burst = useScanBursts(send, onResults, onFailure)

  const onScan = (value: string) => {
    const n = nextN.current++
    setEntries((all) => [...all, { n, serial: value, state: "checking" }])
    burst([{ n, serial: value }])
  }

  const remove = async (n: number) => {
    const entry = entries.find((e) => e.n === n)
    if (!entry) return
    // A recorded scan (matched or extra) is taken back on the manifest too.
    if (entry.scan_id && ["matched", "extra"].includes(entry.state)) {
      try {
        const res = await undo.mutateAsync(entry.scan_id)
        setLines(res.lines)
      } catch (e) {
        setError(errorMessage(e))
        return
      }
    }
    setEntries((all) => all.filter((e) => e.n !== n))
  }

  const submit = async () => {
    setError(null)
    try {
      const res = await confirm.mutateAsync()
      toast.success(`Received ${res.receipt.count} units`, {
        description: `Manifest ${res.serial_inbound.reference ?? res.serial_inbound.id} confirmed · stock +${res.receipt.stock_added}`,
      })
      await client.invalidateQueries({ queryKey: inboundKeys.all() })
      onConfirmed()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const shown = lines ?? inbound.data?.serial_inbound.lines ?? []
  const itemIds = [...new Set(shown.map((l) => l.inventory_item_id))].sort()
  const items = useQuery({
    queryKey: [...serialKeys.all, "inventory-item-names", itemIds],
    queryFn: () =>
      sdk.admin.inventoryItem.list({
        id: itemIds,
        fields: "id,sku,title",
        limit: itemIds.length,
      }),
    enabled: itemIds.length > 0,
  })
  const itemName = (id: string) => {
    const item = items.data?.inventory_items.find((i) => i.id === id)
    return item ? [item.title, item.sku].filter(Boolean).join(" · ") : id
  }
  const totals = shown.reduce(
    (t, l) => ({
      expected: t.expected + l.counts.expected,
      scanned: t.scanned + l.counts.scanned,
      missing: t.missing + l.counts.missing,
      extra: t.extra + l.counts.extra,
    }),
    { expected: 0, scanned: 0, missing: 0, extra: 0 }
  )

  return (
    <>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <ScanField
          scanRef={scanRef}
          label="Scan against the manifest"
          flash={flash}
          onScan={onScan}
        />
      </div>
      <div className="px-6 py-4" data-testid="manifest-lines">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell>Expected</Table.HeaderCell>
              <Table.HeaderCell>Scanned</Table.HeaderCell>
              <Table.HeaderCell>Under</Table.HeaderCell>
              <Table.HeaderCell>Over</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>
                  {itemName(l.inventory_item_id)}
                  {l.mode === "quantity" ? " (quantity only)" : ""}
                </Table.Cell>
                <Table.Cell>{l.counts.expected}</Table.Cell>
                <Table.Cell>{l.counts.scanned}</Table.Cell>
                <Table.Cell>{l.counts.missing}</Table.Cell>
                <Table.Cell
                  className={l.counts.extra ? "text-ui-fg-error" : undefined}
                >
                  {l.counts.extra}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-6 py-4">
        <Text size="small" data-testid="manifest-counts">
          Expected <strong>{totals.expected}</strong> · Scanned{" "}
          <strong>{totals.scanned}</strong> · Under{" "}
          <strong>{totals.missing}</strong> · Over{" "}
          <strong>{totals.extra}</strong>
        </Text>
        <div className="ml-auto flex items-center gap-x-2">
          {totals.extra > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              Take extra scans back to confirm
            </Text>
          )}
          <Button
            size="small"
            onClick={submit}
            isLoading={confirm.isPending}
            disabled={!totals.scanned || totals.extra > 0}
          >
            Confirm manifest
          </Button>
        </div>
        <div className="w-full">
          <FormError error={error} />
        </div>
      </div>
      <ScanList entries={entries} onRemove={remove} look={LOOK} />
    </>
  )
}
