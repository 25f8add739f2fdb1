/**
 * The statuses a serialized unit can have. Declared once; the transition table
 * in the module's `utils/transitions.ts` is the only thing that moves a unit
 * from one to another.
 */
export const SerialNumberStatus = {
  IN_STOCK: "in_stock",
  RESERVED: "reserved",
  SOLD: "sold",
  RETURNED: "returned",
  DEFECTIVE: "defective",
} as const

export type SerialNumberStatus =
  (typeof SerialNumberStatus)[keyof typeof SerialNumberStatus]

export const SERIAL_NUMBER_STATUSES = Object.values(
  SerialNumberStatus
) as SerialNumberStatus[]

/** The actions that change a unit's status (one admin route each). */
export const SerialNumberAction = {
  RESERVE: "reserve",
  RELEASE: "release",
  SELL: "sell",
  RETURN: "return",
  RESTOCK: "restock",
  MARK_DEFECTIVE: "mark_defective",
} as const

export type SerialNumberAction =
  (typeof SerialNumberAction)[keyof typeof SerialNumberAction]

export const SERIAL_NUMBER_ACTIONS = Object.values(
  SerialNumberAction
) as SerialNumberAction[]
