import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  RECALL_ACTIONS,
  SerialNumberAction,
  SerialNumberStatus,
} from "../../../types/serial-number-status"
import { SerialEventType } from "../../../types/serial-event-type"
import { serialError } from "./errors"

type Status = SerialNumberStatus
type Action = SerialNumberAction
const S = SerialNumberStatus
const A = SerialNumberAction

/**
 * The transition table of DESIGN.md as data: for each action, the statuses it
 * may start from and the one it leads to. Nothing else changes a status.
 */
export const TRANSITIONS: Record<Action, { from: Status[]; to: Status }> = {
  [A.RESERVE]: { from: [S.IN_STOCK], to: S.RESERVED },
  [A.RELEASE]: { from: [S.RESERVED], to: S.IN_STOCK },
  [A.SELL]: { from: [S.IN_STOCK, S.RESERVED], to: S.SOLD },
  [A.RETURN]: { from: [S.SOLD], to: S.RETURNED },
  [A.RESTOCK]: { from: [S.RETURNED, S.DEFECTIVE], to: S.IN_STOCK },
  [A.MARK_DEFECTIVE]: {
    from: [S.IN_STOCK, S.RESERVED, S.SOLD, S.RETURNED, S.RECALLED],
    to: S.DEFECTIVE,
  },
  // Recall campaigns: a unit in stock or on an order line but not shipped is
  // blocked, and goes back where it was (or to defective) when the campaign closes.
  [A.RECALL]: { from: [S.IN_STOCK, S.RESERVED], to: S.RECALLED },
  [A.RELEASE_RECALL]: { from: [S.RECALLED], to: S.IN_STOCK },
  [A.RELEASE_RECALL_TO_ORDER]: { from: [S.RECALLED], to: S.RESERVED },
}

/** The lifecycle event type each action writes. */
export const ACTION_EVENT_TYPE: Record<Action, SerialEventType> = {
  [A.RESERVE]: SerialEventType.RESERVED,
  [A.RELEASE]: SerialEventType.RELEASED,
  [A.SELL]: SerialEventType.SOLD,
  [A.RETURN]: SerialEventType.RETURNED,
  [A.RESTOCK]: SerialEventType.RESTOCKED,
  [A.MARK_DEFECTIVE]: SerialEventType.MARKED_DEFECTIVE,
  [A.RECALL]: SerialEventType.RECALLED,
  [A.RELEASE_RECALL]: SerialEventType.RECALL_RELEASED,
  [A.RELEASE_RECALL_TO_ORDER]: SerialEventType.RECALL_RELEASED,
}

export function canTransition(from: Status, action: Action): boolean {
  return TRANSITIONS[action]?.from.includes(from) ?? false
}

/** The status `action` leads to from `from`, or null when the table forbids it. */
export function nextStatus(from: Status, action: Action): Status | null {
  return canTransition(from, action) ? TRANSITIONS[action].to : null
}

/**
 * Actions a plain transition route may take from a status, in table order
 * (what the admin UI offers): never a recall campaign's own actions, and
 * nothing for a recalled unit (its campaign moves it when it closes).
 */
export function allowedActions(from: Status): Action[] {
  if (from === S.RECALLED) {
    return []
  }
  return (Object.keys(TRANSITIONS) as Action[]).filter(
    (a) => !RECALL_ACTIONS.includes(a) && canTransition(from, a)
  )
}

/**
 * Undoing `action` (a workflow compensation) is allowed only when the unit is
 * still where the action put it and goes back to a status the action may
 * start from: the inverse of a table edge, never a free jump.
 */
export function canRevert(
  action: Action,
  current: Status,
  previous: Status
): boolean {
  return current === TRANSITIONS[action].to && canTransition(previous, action)
}

export interface TransitionSubject {
  serial: string
  status: Status
}

/** Throws one error naming every unit whose status forbids `action`. */
export function assertTransition(
  units: TransitionSubject[],
  action: Action
): void {
  if (!TRANSITIONS[action]) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.INVALID_TRANSITION,
      `Unknown action "${action}"`
    )
  }
  const refused = units.filter((u) => !canTransition(u.status, action))
  if (!refused.length) {
    return
  }
  const list = refused.map((u) => `${u.serial} (${u.status})`).join(", ")
  const allowed = TRANSITIONS[action].from.join(", ")
  throw serialError(
    MedusaError.Types.NOT_ALLOWED,
    SerialErrorCode.INVALID_TRANSITION,
    `Cannot ${action.replace("_", " ")} serial number(s) ${list}: ` +
      `"${action}" is only allowed from ${allowed}`
  )
}
