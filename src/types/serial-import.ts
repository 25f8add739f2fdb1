/** Where a background CSV import is. */
export const SerialImportStatus = {
  /** Stored, waiting for the workflow engine to pick it up. */
  PENDING: "pending",
  /** First pass: every row is checked, nothing is written. */
  VALIDATING: "validating",
  /** Second pass: units are written in chunks. */
  IMPORTING: "importing",
  COMPLETED: "completed",
  /** Bad rows (listed in `errors`, nothing written) or a write that was rolled back (`message`). */
  FAILED: "failed",
} as const

export type SerialImportStatus =
  (typeof SerialImportStatus)[keyof typeof SerialImportStatus]

export const SERIAL_IMPORT_STATUSES = Object.values(SerialImportStatus)

/** One refused cell or row of an import: `row` counts as a spreadsheet does (the header is row 1). */
export interface SerialImportRowError {
  row: number
  column?: string
  message: string
}
