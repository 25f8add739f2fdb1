import type { AdminSerialImport } from "../../types/http"

/** What a progress bar shows of an import: how full, what it says, in which tone. */
export interface SerialImportProgress {
  /** 0 to 100. */
  percent: number
  label: string
  tone: "running" | "success" | "error"
}

const n = (value: number) => value.toLocaleString("en-US")

/**
 * An import's progress as one bar: checking the rows fills the first half
 * (the row count is not known until the check ends, so it shows the rows
 * checked), writing the second half (rows written of the total).
 */
export function serialImportProgress(
  i: AdminSerialImport
): SerialImportProgress {
  switch (i.status) {
    case "pending":
      return { percent: 0, label: "Waiting to start…", tone: "running" }
    case "validating":
      return {
        percent: 25,
        label: `Checking rows: ${n(i.validated)} checked`,
        tone: "running",
      }
    case "importing": {
      const total = i.total ?? 0
      const done = total ? i.processed / total : 0
      return {
        percent: Math.round(50 + 50 * done),
        label: `Importing: ${n(i.processed)} of ${n(total)} rows written`,
        tone: "running",
      }
    }
    case "completed":
      return {
        percent: 100,
        label: `Imported ${n(i.created)} unit${i.created === 1 ? "" : "s"}`,
        tone: "success",
      }
    default: {
      const rows = new Set(i.errors.map((e) => e.row)).size
      return {
        percent: 100,
        label: rows
          ? `Nothing was imported: ${n(rows)} row${rows === 1 ? "" : "s"} need fixing`
          : `Nothing was imported: ${i.message ?? "the import failed"}`,
        tone: "error",
      }
    }
  }
}
