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
