/** Where a recall campaign is: defined, blocking its units, or over. */
export const SerialRecallStatus = {
  DRAFT: "draft",
  APPLIED: "applied",
  CLOSED: "closed",
} as const

export type SerialRecallStatus =
  (typeof SerialRecallStatus)[keyof typeof SerialRecallStatus]

export const SERIAL_RECALL_STATUSES = Object.values(
  SerialRecallStatus
) as SerialRecallStatus[]

/** What closing a campaign does with its blocked units. */
export const SerialRecallDisposition = {
  /** Back to where they were: `in_stock`, or `reserved` on the order line still holding them. */
  RELEASE: "release",
  /** `defective` (units still on an order line leave it). */
  DEFECTIVE: "defective",
} as const

export type SerialRecallDisposition =
  (typeof SerialRecallDisposition)[keyof typeof SerialRecallDisposition]

export const SERIAL_RECALL_DISPOSITIONS = Object.values(
  SerialRecallDisposition
) as SerialRecallDisposition[]

/** The most serials one recall range may cover (evaluated in SQL, never expanded). */
export const MAX_RECALL_RANGE_SIZE = 1000000

/** The most serials an explicit recall list may name. */
export const MAX_RECALL_LIST_SIZE = 100000

/**
 * Which units a campaign covers: every criterion given must hold (AND); at
 * least one is required. Stored as given on the campaign.
 */
export interface SerialRecallSelector {
  /** `FIRST..LAST` with one number in the same text (`SN-000100..SN-000500`), padding kept. */
  serial_range?: string | null
  lot?: string | null
  supplier_reference?: string | null
  receipt_reference?: string | null
  /** A template attribute's value (`attributes->>key = value`). */
  attribute?: { key: string; value: string | number | boolean } | null
  /** Received on or after (ISO date-time). */
  received_from?: string | null
  /** Received before (ISO date-time, exclusive). */
  received_to?: string | null
  /** An explicit list of serials (as entered; matched on the normalized key). */
  serials?: string[] | null
  inventory_item_ids?: string[] | null
}

/** Counts of a campaign's matched units. */
export interface SerialRecallCounts {
  matched: number
  blocked: number
  shipped: number
}

/** One campaign as stored. */
export interface SerialRecallDTO {
  id: string
  name: string
  reason: string | null
  status: SerialRecallStatus
  selector: SerialRecallSelector
  matched_count: number
  blocked_count: number
  shipped_count: number
  disposition: SerialRecallDisposition | null
  close_note: string | null
  applied_at: Date | string | null
  closed_at: Date | string | null
  actor_type: string
  actor_id: string | null
  created_at: Date | string
  updated_at: Date | string
}

/** A preview (or a campaign's live figures): what applying it would touch. */
export interface SerialRecallPreview {
  matched: number
  /** Units applying would block now (in stock, or on an order line and not shipped). */
  blockable: number
  shipped: number
  per_status: { status: string; count: number }[]
  per_location: {
    stock_location_id: string | null
    status: string
    count: number
  }[]
  /** Distinct orders the matched units shipped on. */
  customer_count: number
}

/** One order a recalled unit shipped on (a customer to reach). */
export interface SerialRecallCustomerRow {
  order_id: string
  display_id: number | null
  email: string | null
  shipped_at: string | null
  unit_count: number
  serials: string[]
}
