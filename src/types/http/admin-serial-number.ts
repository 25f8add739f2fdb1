import type { SerialEventDTO, SerialNumberDTO } from "../serial-records"
import type {
  SerialNumberAction,
  SerialNumberStatus,
} from "../serial-number-status"
import type { WarrantyStatus } from "../warranty"
import type { AdminSerialPhoto } from "./admin-serial-photo"

/** The product of a unit's variant (default fields: `id`, `title`). */
export interface AdminSerialNumberProduct {
  id: string
  title: string
  [field: string]: unknown
}

/** A variant stocked by the unit's inventory item. */
export interface AdminSerialNumberVariant {
  id: string
  title: string | null
  sku: string | null
  product?: AdminSerialNumberProduct | null
  [field: string]: unknown
}

/** The unit's inventory item with the variants that stock it. */
export interface AdminSerialNumberInventoryItem {
  id: string
  sku: string | null
  title: string | null
  variants?: AdminSerialNumberVariant[]
  [field: string]: unknown
}

/** The stock location the unit sits at (default fields: `id`, `name`). */
export interface AdminSerialNumberStockLocation {
  id: string
  name: string
  [field: string]: unknown
}

/** A timeline entry of a unit (detail routes only), oldest first. */
/** A timeline entry: the event, and the display id (`#1042`) of the order it names. */
export type AdminSerialEvent = SerialEventDTO & {
  order_display_id: number | null
}

/**
 * A unit as the admin API returns it with its default fields: its own columns,
 * `warranty_status`, its inventory item (with variants and their products) and
 * its stock location. The detail routes add `allowed_actions` and `events`.
 *
 * The `fields` query parameter changes this shape: `fields=serial,status`
 * returns `{ id, serial, status }` only, `+field` adds to the defaults and
 * `-field` removes from them; so a client that passes `fields` should read
 * the unit as a `Partial` of this type.
 */
export interface AdminSerialNumber extends SerialNumberDTO {
  /** `active`, `expired` or `none`, from `warranty_expires_at` at request time. */
  warranty_status: WarrantyStatus
  inventory_item: AdminSerialNumberInventoryItem | null
  /** Null when the unit has no stock location. */
  stock_location: AdminSerialNumberStockLocation | null
  /** The actions the unit's status allows (transition table); detail by default. */
  allowed_actions?: SerialNumberAction[]
  /** Timeline, oldest first; detail routes only. */
  events?: AdminSerialEvent[]
  /** Live photos, oldest first; detail routes only, on request (`fields=+photos`). */
  photos?: AdminSerialPhoto[]
}

/** Units per status for the list's filters, ignoring its `status` filter. */
export type AdminSerialNumberStatusCounts = Record<SerialNumberStatus, number>

/** `GET /admin/serial-numbers/:id`, `GET .../lookup`, `POST .../:id` and every action route. */
export interface AdminSerialNumberResponse {
  serial_number: AdminSerialNumber
}

/** `GET /admin/serial-numbers`. */
export interface AdminSerialNumberListResponse {
  serial_numbers: AdminSerialNumber[]
  count: number
  offset: number
  limit: number
  status_counts: AdminSerialNumberStatusCounts
}

/** `POST /admin/serial-numbers` (201): the created units in input order. */
export interface AdminSerialNumberCreateResponse {
  serial_numbers: Pick<SerialNumberDTO, "id" | "serial" | "status">[]
  count: number
}

/** The query of `GET /admin/serial-numbers` (list filters accept one value, a comma-separated list or repeats). */
export interface AdminSerialNumberListParams {
  fields?: string
  q?: string
  /** Exact serial; a GS1 element string or Digital Link filters on the serial it names. */
  serial?: string
  status?: SerialNumberStatus | SerialNumberStatus[] | string
  product_id?: string | string[]
  variant_id?: string | string[]
  inventory_item_id?: string | string[]
  stock_location_id?: string | string[]
  lot?: string | string[]
  template_id?: string | string[]
  /** Units allocated to these orders or order lines (closed allocations included). */
  order_id?: string | string[]
  line_item_id?: string | string[]
  warranty?: WarrantyStatus
  order?:
    | "created_at"
    | "-created_at"
    | "serial"
    | "-serial"
    | "updated_at"
    | "-updated_at"
    | "received_at"
    | "-received_at"
  limit?: number
  offset?: number
}

/** The query of `GET /admin/serial-numbers/:id` and `.../lookup` (plus `serial` there). */
export interface AdminSerialNumberParams {
  fields?: string
}
