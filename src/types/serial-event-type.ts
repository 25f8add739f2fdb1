/**
 * Kinds of lifecycle event rows. Status-changing kinds match an action of the
 * transition table; the others record changes that leave the status alone.
 */
export const SerialEventType = {
  RECEIVED: "received",
  RESERVED: "reserved",
  RELEASED: "released",
  SOLD: "sold",
  RETURNED: "returned",
  RESTOCKED: "restocked",
  MARKED_DEFECTIVE: "marked_defective",
  MOVED: "moved",
  CONDITION_CHANGED: "condition_changed",
  ATTRIBUTES_CHANGED: "attributes_changed",
  UPDATED: "updated",
  REVERTED: "reverted",
  NOTE: "note",
  ALLOCATED: "allocated",
  PICKED: "picked",
  SHIPPED: "shipped",
  DELIVERED: "delivered",
  PHOTO_ADDED: "photo_added",
  PHOTO_REMOVED: "photo_removed",
  /** Medusa's stock level at the unit's location was reconciled to the unit count. */
  ADJUSTED: "adjusted",
  /** A recall campaign blocked the unit (`data.recall_id`). */
  RECALLED: "recalled",
  /** A closed recall campaign gave the unit back (`data.recall_id`). */
  RECALL_RELEASED: "recall_released",
} as const

export type SerialEventType =
  (typeof SerialEventType)[keyof typeof SerialEventType]

export const SERIAL_EVENT_TYPES = Object.values(
  SerialEventType
) as SerialEventType[]

/** Who caused an event. */
export const SerialEventActorType = {
  USER: "user",
  CUSTOMER: "customer",
  SYSTEM: "system",
} as const

export type SerialEventActorType =
  (typeof SerialEventActorType)[keyof typeof SerialEventActorType]
