import type {
  SerialStockDriftRow,
  SerialStockReconciledPayload,
} from "../stock-drift"

/** `GET /admin/serial-inventory/stock-drift`. */
export interface AdminSerialStockDriftResponse {
  stock_drift: SerialStockDriftRow[]
  count: number
}

/** The body of `POST /admin/serial-inventory/stock-drift/reconcile`. */
export interface AdminReconcileSerialStockBody {
  inventory_item_id: string
  stock_location_id?: string
  note?: string
}

/** `POST /admin/serial-inventory/stock-drift/reconcile`: the places it set (none when nothing differed). */
export interface AdminSerialStockReconcileResponse {
  reconciled: SerialStockReconciledPayload[]
}
