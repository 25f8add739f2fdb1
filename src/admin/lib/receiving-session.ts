import type { ReceiptSerialCheck } from "../../types/http"
import { serialKey } from "./serial-key"

/** Where one scan stands: being checked, receivable (`new`), or why not. */
export type ScanState = "checking" | ReceiptSerialCheck["outcome"]

export interface ScanEntry {
  /** Position in the session, 1-based: stable, shown to the user. */
  n: number
  serial: string
  key: string
  state: ScanState
  message?: string
}

/** The scans of one receipt, oldest first. */
export interface ReceivingSession {
  entries: ScanEntry[]
  /** Key -> `n` of the first live scan with it, to flag repeats at once. */
  firstByKey: Record<string, number>
  nextN: number
}

export const emptySession = (): ReceivingSession => ({
  entries: [],
  firstByKey: {},
  nextN: 1,
})

/**
 * Adds scans. A serial already scanned in this session is flagged `repeated`
 * at once, without asking the server; the others start as `checking`.
 */
export function addScans(
  session: ReceivingSession,
  serials: string[]
): { session: ReceivingSession; added: ScanEntry[] } {
  const firstByKey = { ...session.firstByKey }
  let nextN = session.nextN
  const added = serials.map((serial): ScanEntry => {
    const key = serialKey(serial)
    const n = nextN++
    const first = firstByKey[key]
    if (first !== undefined) {
      return {
        n,
        serial,
        key,
        state: "repeated",
        message: `scanned twice (first as #${first})`,
      }
    }
    firstByKey[key] = n
    return { n, serial, key, state: "checking" }
  })
  return {
    session: { entries: [...session.entries, ...added], firstByKey, nextN },
    added,
  }
}

/**
 * Applies the server's verdicts, by scan number. A GS1 scan takes the serial
 * the server read from it; if another scan of this session already has that
 * serial, it is a repeat.
 */
export function applyChecks(
  session: ReceivingSession,
  verdicts: { n: number; check: ReceiptSerialCheck }[]
): ReceivingSession {
  const byN = new Map(verdicts.map((v) => [v.n, v.check]))
  const firstByKey = { ...session.firstByKey }
  const entries = session.entries.map((e) => {
    const check = byN.get(e.n)
    if (!check || e.state !== "checking") return e
    const key = serialKey(check.serial)
    if (key !== e.key) {
      if (firstByKey[e.key] === e.n) delete firstByKey[e.key]
      const first = firstByKey[key]
      if (first !== undefined && first !== e.n) {
        return {
          ...e,
          serial: check.serial,
          key,
          state: "repeated" as const,
          message: `scanned twice (first as #${first})`,
        }
      }
      firstByKey[key] = e.n
    }
    return {
      ...e,
      serial: check.serial,
      key,
      state: check.outcome,
      message: check.message,
    }
  })
  return { ...session, entries, firstByKey }
}

/** Drops a scan; if it was the first of its serial, a later repeat is not promoted (scan it again). */
export function removeScan(
  session: ReceivingSession,
  n: number
): ReceivingSession {
  const entry = session.entries.find((e) => e.n === n)
  if (!entry) return session
  const firstByKey = { ...session.firstByKey }
  if (firstByKey[entry.key] === n) delete firstByKey[entry.key]
  return {
    ...session,
    entries: session.entries.filter((e) => e.n !== n),
    firstByKey,
  }
}

export interface SessionCounts {
  scanned: number
  receivable: number
  checking: number
  problems: number
}

export function sessionCounts(session: ReceivingSession): SessionCounts {
  const counts = { scanned: 0, receivable: 0, checking: 0, problems: 0 }
  for (const e of session.entries) {
    counts.scanned++
    if (e.state === "new") counts.receivable++
    else if (e.state === "checking") counts.checking++
    else counts.problems++
  }
  return counts
}

/** The serials a receipt would take now: checked and new. */
export const receivableSerials = (session: ReceivingSession): string[] =>
  session.entries.filter((e) => e.state === "new").map((e) => e.serial)
