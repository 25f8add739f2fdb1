/** How an inventory item's units are tracked. */
export const SerialTrackingMode = {
  NONE: "none",
  OUTBOUND: "outbound",
  FULL: "full",
} as const

export type SerialTrackingMode =
  (typeof SerialTrackingMode)[keyof typeof SerialTrackingMode]

/** Which unit an order line gets when the plugin allocates one. */
export const SerialAllocationStrategy = {
  FIFO: "fifo",
  CONDITION: "condition",
  LOCATION: "location",
  MANUAL: "manual",
} as const

export type SerialAllocationStrategy =
  (typeof SerialAllocationStrategy)[keyof typeof SerialAllocationStrategy]

/** The values of an inventory item's tracking policy to set (omitted ones stay). */
export interface SetSerialTrackingPolicyInput {
  inventory_item_id: string
  mode?: SerialTrackingMode
  template_id?: string | null
  warranty_months?: number | null
  allocation_strategy?: SerialAllocationStrategy
  generator_pattern?: string | null
  metadata?: Record<string, unknown> | null
}

/** A policy change: new values, or `remove` to delete the item's policy (compensation). */
export type SerialTrackingPolicyChange =
  SetSerialTrackingPolicyInput | { inventory_item_id: string; remove: true }
