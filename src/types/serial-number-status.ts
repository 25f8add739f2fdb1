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
  /** Blocked by an applied recall campaign: never allocated, picked, reserved or sold. */
  RECALLED: "recalled",
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
  /** A recall campaign blocks the unit (only `applySerialRecallWorkflow`). */
  RECALL: "recall",
  /** A closed recall gives a unit on no order back to stock. */
  RELEASE_RECALL: "release_recall",
  /** A closed recall gives a unit still on an order line back to that line. */
  RELEASE_RECALL_TO_ORDER: "release_recall_to_order",
} as const

export type SerialNumberAction =
  (typeof SerialNumberAction)[keyof typeof SerialNumberAction]

export const SERIAL_NUMBER_ACTIONS = Object.values(
  SerialNumberAction
) as SerialNumberAction[]

/**
 * Actions only a recall campaign performs (apply and close): the plain
 * transition routes never offer or accept them.
 */
export const RECALL_ACTIONS: SerialNumberAction[] = [
  SerialNumberAction.RECALL,
  SerialNumberAction.RELEASE_RECALL,
  SerialNumberAction.RELEASE_RECALL_TO_ORDER,
]
