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
 * Checks scans with `POST /admin/serial-receipts/check`, gathering the scans
 * of a burst into one request (a scanner sends many per second, a paste
 * hundreds at once), so the scan field never waits for the network.
 * `onVerdicts` gets the answers; a failed request answers every scan of
 * it as `invalid` with the reason.
 */
export function useScanChecker(
  inventoryItemId: string,
  onVerdicts: (verdicts: CheckVerdict[]) => void
) {
  const queue = useRef<Pending[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(onVerdicts)
  useEffect(() => {
    latest.current = onVerdicts
  }, [onVerdicts])
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
      const res = await sdk.client.fetch<AdminSerialReceiptCheckResponse>(
        "/admin/serial-receipts/check",
        {
          method: "POST",
          body: {
            inventory_item_id: inventoryItemId,
            serials: batch.map((p) => p.serial),
          },
        }
      )
      latest.current(batch.map((p, i) => ({ n: p.n, check: res.serials[i] })))
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      latest.current(
        batch.map((p) => ({
          n: p.n,
          check: { serial: p.serial, outcome: "invalid", message },
        }))
      )
    }
  }, [inventoryItemId])

  return useCallback(
    (scans: Pending[]) => {
      queue.current.push(...scans)
      timer.current ??= setTimeout(() => void flush(), 40)
    },
    [flush]
  )
}
