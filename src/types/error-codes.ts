/**
 * Stable machine codes carried by every error the plugin raises, as the
 * `code` of a `MedusaError` (Medusa rewrites it for DUPLICATE_ERROR only).
 */
export const SerialErrorCode = {
  DUPLICATE: "serial_number_duplicate",
  INVALID_SERIAL: "serial_number_invalid",
  INVALID_TRANSITION: "serial_number_invalid_transition",
  NOT_FOUND: "serial_number_not_found",
  STATUS_READ_ONLY: "serial_number_status_read_only",
  FIELD_READ_ONLY: "serial_number_field_read_only",
  CONCURRENT_CHANGE: "serial_number_concurrent_change",
  INVALID_ATTRIBUTES: "serial_attributes_invalid",
  INVALID_DATE: "serial_number_invalid_date",
  DUPLICATE_ID: "serial_number_duplicate_id",
  TEMPLATE_NOT_FOUND: "serial_template_not_found",
  TEMPLATE_INVALID: "serial_template_invalid",
  TEMPLATE_IN_USE: "serial_template_in_use",
  TEMPLATE_NAME_TAKEN: "serial_template_name_taken",
  INVENTORY_ITEM_NOT_FOUND: "inventory_item_not_found",
  ORDER_NOT_FOUND: "order_not_found",
  STOCK_LOCATION_NOT_FOUND: "stock_location_not_found",
  TRACKING_DISABLED: "serial_tracking_disabled",
  EVENT_APPEND_ONLY: "serial_event_append_only",
  EVENT_TYPE_NOT_ALLOWED: "serial_event_type_not_allowed",
  BATCH_INVALID: "serial_number_batch_invalid",
  TRANSACTION_REQUIRED: "serial_inventory_transaction_required",
  REQUEST_INVALID: "serial_request_invalid",
  INVALID_TEXT: "serial_text_invalid",
  UNKNOWN_FIELD: "serial_number_unknown_field",
  HAS_HISTORY: "serial_number_has_history",
  RECEIPT_MISMATCH: "serial_number_receipt_mismatch",
  DELETE_NOT_ALLOWED: "serial_number_delete_not_allowed",
  POLICY_IN_USE: "serial_tracking_policy_in_use",
  POLICY_INVALID: "serial_tracking_policy_invalid",
  ALLOCATED: "serial_number_allocated",
  ALLOCATION_NOT_RELEASABLE: "serial_allocation_not_releasable",
  ALLOCATION_WRITE_NOT_ALLOWED: "serial_allocation_write_not_allowed",
  POLICY_WRITE_NOT_ALLOWED: "serial_tracking_policy_write_not_allowed",
  SERIAL_UNITS_UNAVAILABLE: "serial_units_unavailable",
  PICK_INVALID: "serial_pick_invalid",
  SERIALS_REQUIRED: "serial_numbers_required",
  RETURN_INVALID: "serial_return_invalid",
  RETURN_NOT_FOUND: "return_not_found",
} as const

export type SerialErrorCode =
  (typeof SerialErrorCode)[keyof typeof SerialErrorCode]
