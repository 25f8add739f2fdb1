import { useCallback, useRef, useState } from "react"
import { useScanChecker, type CheckVerdict } from "../../hooks/serial-receipts"
import {
  addScans,
  applyChecks,
  emptySession,
  removeScan,
  type ReceivingSession,
} from "../../lib/receiving-session"
import { playScanSound } from "../../lib/scan-feedback"

export type ScanFlash = { ok: boolean; message: string; at: number }

/**
 * The scans of the receipt being built: a repeat is flagged at once, every
 * other scan is checked by the server in bursts; each outcome plays a tone
 * and sets `flash` (what the screen shows by the scan field).
 */
export function useReceivingSession(inventoryItemId: string) {
  const [session, setSession] = useState<ReceivingSession>(emptySession)
  const current = useRef(session)
  const [flash, setFlash] = useState<ScanFlash | null>(null)

  const update = useCallback((next: ReceivingSession) => {
    current.current = next
    setSession(next)
  }, [])

  const onVerdicts = useCallback(
    (verdicts: CheckVerdict[]) => {
      update(applyChecks(current.current, verdicts))
      const bad = verdicts.filter((v) => v.check.outcome !== "new")
      const ok = bad.length === 0
      playScanSound(ok)
      const last = bad[bad.length - 1] ?? verdicts[verdicts.length - 1]
      setFlash({
        ok,
        message: ok
          ? verdicts.length > 1
            ? `${verdicts.length} serials ready`
            : `${last.check.serial} ready`
          : `${last.check.serial}: ${last.check.message ?? last.check.outcome}` +
            (bad.length > 1 ? ` (and ${bad.length - 1} more problems)` : ""),
        at: Date.now(),
      })
    },
    [update]
  )
  const check = useScanChecker(inventoryItemId, onVerdicts)

  const scan = useCallback(
    (serials: string[]) => {
      const { session: next, added } = addScans(current.current, serials)
      update(next)
      const repeats = added.filter((e) => e.state === "repeated")
      if (repeats.length) {
        playScanSound(false)
        setFlash({
          ok: false,
          message: `${repeats[0].serial}: ${repeats[0].message}`,
          at: Date.now(),
        })
      }
      const toCheck = added.filter((e) => e.state === "checking")
      if (toCheck.length) check(toCheck.map(({ n, serial }) => ({ n, serial })))
    },
    [check, update]
  )

  const remove = useCallback(
    (n: number) => update(removeScan(current.current, n)),
    [update]
  )
  const reset = useCallback(() => {
    update(emptySession())
    setFlash(null)
  }, [update])

  return { session, flash, scan, remove, reset }
}
