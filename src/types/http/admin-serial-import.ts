import type { SerialImportRowError, SerialImportStatus } from "../serial-import"

/** A CSV import as the admin API returns it. */
export interface AdminSerialImport {
  id: string
  status: SerialImportStatus
  filename: string | null
  /** Data rows in the file; null until the first pass has read them all. */
  total: number | null
  /** Rows checked so far (first pass). */
  validated: number
  /** Rows written so far (second pass). */
  processed: number
  /** Units created. */
  created: number
  /** Every refused row (`row` counts as a spreadsheet does: the header is row 1). */
  errors: SerialImportRowError[]
  /** Why a run failed when it was not bad rows. */
  message: string | null
  created_at: string
  updated_at: string
  completed_at: string | null
}

/** `POST /admin/serial-imports` (202) and `GET /admin/serial-imports/:id`. */
export interface AdminSerialImportResponse {
  serial_import: AdminSerialImport
}
