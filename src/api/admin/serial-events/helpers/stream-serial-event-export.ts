import type { MedusaContainer } from "@medusajs/framework/types"
import { stringify } from "csv-stringify"
import type { Readable, Writable } from "stream"
import { pipeline } from "stream/promises"
import type {
  SerialEventExportFormat,
  SerialEventGroup,
} from "../../../../types/serial-event-export"
import { loadItemGtins } from "../../../../workflows/scanner-input/utils/load-item-gtins"
import {
  LONG_PASS_GARBAGE_BUDGET,
  memoryBudget,
} from "../../../../workflows/utils/reclaim-memory"
import { EPCIS_CONTEXT, epcisObjectEvent } from "./epcis-object-event"
import {
  SERIAL_EVENT_EXPORT_COLUMNS,
  serialEventGroupRecord,
} from "./serial-event-group-record"

/**
 * Writes `chunk`; when `target` is full, waits for it to drain. False once
 * `target` is gone. Both listeners are removed whichever fires: a race of two
 * `events.once` would leave the loser registered, one per wait, and a long
 * export waits hundreds of thousands of times.
 */
async function send(target: Writable, chunk: unknown): Promise<boolean> {
  if (target.destroyed) return false
  if (target.write(chunk)) return true
  await new Promise<void>((resolve) => {
    const done = () => {
      target.off("drain", done)
      target.off("close", done)
      resolve()
    }
    target.on("drain", done)
    target.on("close", done)
  })
  return !target.destroyed
}

/** The first GTIN of each inventory item, read once per item for the whole export. */
function gtinCache(container: MedusaContainer) {
  const known = new Map<string, string | null>()
  return {
    async load(ids: string[]) {
      const missing = [...new Set(ids)].filter((id) => !known.has(id))
      if (!missing.length) return
      const gtins = await loadItemGtins(container, missing)
      for (const id of missing) {
        known.set(id, [...(gtins.get(id) ?? [])].sort()[0] ?? null)
      }
    },
    get: (id: string) => known.get(id) ?? null,
  }
}

/** CSV: UTF-8 with a byte-order mark, CRLF, a header, formulas escaped (as the unit export). */
function csvSink(out: Writable) {
  const csv = stringify({
    bom: true,
    header: true,
    columns: [...SERIAL_EVENT_EXPORT_COLUMNS],
    escape_formulas: true,
    record_delimiter: "windows",
  })
  const piped = pipeline(csv, out)
  piped.catch(() => undefined)
  return { csv, piped }
}

/**
 * Writes the event groups read from `groups` to `out` in `format`, one group
 * at a time, waiting whenever `out` is full (and so leaving the cursor
 * unread) and collecting its garbage past a budget (`memoryBudget`):
 * memory stays flat whatever the count. CSV and JSON lines carry one
 * row per group with the serials pipe-delimited; `epcis` is one EPCIS 2.0
 * JSON-LD `EPCISDocument` with one `ObjectEvent` per group. Stops reading
 * (closing the cursor) when the client goes away; a failure after the first
 * byte destroys `out` (a cut-off download) and is rethrown.
 */
export async function streamSerialEventExport(
  container: MedusaContainer,
  groups: Readable,
  format: SerialEventExportFormat,
  base: string,
  out: Writable
): Promise<void> {
  const sink = format === "csv" ? csvSink(out) : null
  const target = sink ? sink.csv : out
  const gtins = gtinCache(container)
  const stop = () => groups.destroy()
  out.once("close", stop)
  // Each group leaves its rows and strings behind: collect now and then, or
  // V8 lets a million events' garbage pile up before it does.
  const memory = memoryBudget(LONG_PASS_GARBAGE_BUDGET)
  let first = true
  try {
    if (format === "epcis") {
      const head = JSON.stringify({
        "@context": EPCIS_CONTEXT,
        type: "EPCISDocument",
        schemaVersion: "2.0",
        creationDate: new Date().toISOString(),
      })
      await send(target, `${head.slice(0, -1)},"epcisBody":{"eventList":[`)
    }
    for await (const group of groups as AsyncIterable<SerialEventGroup>) {
      let chunk: unknown
      if (format === "csv") {
        chunk = serialEventGroupRecord(group)
      } else if (format === "jsonl") {
        chunk = JSON.stringify(serialEventGroupRecord(group)) + "\n"
      } else {
        await gtins.load(group.inventory_item_ids)
        const event = JSON.stringify(epcisObjectEvent(group, gtins.get, base))
        chunk = first ? event : `,${event}`
      }
      first = false
      if (!(await send(target, chunk))) return
      memory.check()
    }
    if (format === "epcis") {
      await send(target, "]}}")
    }
  } catch (error) {
    target.destroy(error as Error)
    throw error
  } finally {
    out.off("close", stop)
    groups.destroy()
  }
  if (sink) {
    sink.csv.end()
    await sink.piped
  } else {
    out.end()
  }
}
