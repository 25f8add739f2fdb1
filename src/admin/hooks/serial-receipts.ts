import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useRef } from "react"
import type {
  AdminSerialReceiptCheckResponse,
  AdminSerialReceiptResponse,
  ReceiptSerialCheck,
} from "../../types/http"
import { serialKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** `POST /admin/serial-receipts`: receive units and raise stock, all or nothing. */
export function useReceiveSerials() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<AdminSerialReceiptResponse>("/admin/serial-receipts", {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: serialKeys.all }),
  })
}

type Pending = { n: number; serial: string }
export type CheckVerdict = { n: number; check: ReceiptSerialCheck }

/**
 * Sends scans in bursts: the scans that arrive within 40 ms (a scanner sends
 * many per second, a paste hundreds at once) go in one request, so the scan
 * field never waits for the network. `send` answers one result per serial,
 * in order; `onResults` gets them by scan number. A failed request answers
 * every scan of it through `onFailure`.
 */
export function useScanBursts<R>(
  send: (serials: string[]) => Promise<R[]>,
  onResults: (results: { n: number; result: R }[]) => void,
  onFailure: (scans: Pending[], message: string) => void
) {
  const queue = useRef<Pending[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef({ send, onResults, onFailure })
  useEffect(() => {
    latest.current = { send, onResults, onFailure }
  }, [send, onResults, onFailure])
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    []
  )

  const flush = useCallback(async () => {
    timer.current = null
    const batch = queue.current
    queue.current = []
    if (!batch.length) return
    try {
      const results = await latest.current.send(batch.map((p) => p.serial))
      latest.current.onResults(
        batch.map((p, i) => ({ n: p.n, result: results[i] }))
      )
    } catch (e) {
      latest.current.onFailure(
        batch,
        e instanceof Error ? e.message : String(e)
      )
    }
  }, [])

  return useCallback(
    (scans: Pending[]) => {
      queue.current.push(...scans)
      timer.current ??= setTimeout(() => void flush(), 40)
    },
    [flush]
  )
}

/** Checks scans for a receipt of `inventoryItemId` with `POST /admin/serial-receipts/check`, in bursts. */
export function useScanChecker(
  inventoryItemId: string,
  onVerdicts: (verdicts: CheckVerdict[]) => void
) {
  const send = useCallback(
    async (serials: string[]) =>
      (
        await sdk.client.fetch<AdminSerialReceiptCheckResponse>(
          "/admin/serial-receipts/check",
          {
            method: "POST",
            body: { inventory_item_id: inventoryItemId, serials },
          }
        )
      ).serials,
    [inventoryItemId]
  )
  const onResults = useCallback(
    (results: { n: number; result: ReceiptSerialCheck }[]) =>
      onVerdicts(results.map(({ n, result }) => ({ n, check: result }))),
    [onVerdicts]
  )
  const onFailure = useCallback(
    (scans: Pending[], message: string) =>
      onVerdicts(
        scans.map((p) => ({
          n: p.n,
          check: { serial: p.serial, outcome: "invalid", message },
        }))
      ),
    [onVerdicts]
  )
  return useScanBursts(send, onResults, onFailure)
}
