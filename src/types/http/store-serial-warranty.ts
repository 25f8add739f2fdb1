import type { StoreSerialWarranty } from "../warranty"

/** `GET /store/serial-numbers/:serial/warranty`. */
export interface StoreSerialWarrantyResponse {
  warranty: StoreSerialWarranty
}
