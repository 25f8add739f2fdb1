import { SerialAllocationStage } from "../../../types/serial-allocation-stage"
import { SerialNumberStatus } from "../../../types/serial-number-status"

/**
 * Open allocation stages at which Medusa has already taken the unit out of
 * `stocked_quantity`: `createOrderFulfillmentWorkflow` lowers the level when
 * the unit is picked (the fulfillment is created), and nothing raises it
 * again until a fulfillment is canceled (unpicked, back to `allocated`) or a
 * return is received.
 */
export const STOCK_LEFT_STAGES: SerialAllocationStage[] = [
  SerialAllocationStage.PICKED,
  SerialAllocationStage.SHIPPED,
  SerialAllocationStage.DELIVERED,
]

/**
 * Whether Medusa counts a unit in `stocked_quantity` at its location:
 * `in_stock`; `reserved` and not yet picked (a manual reservation, or an
 * allocation still at `allocated`); or `returned` on a Medusa return that
 * Medusa has received (`confirmReturnReceiveWorkflow` added it back to
 * stock; a unit marked returned by hand was never added back). `openStage`
 * is the stage of the unit's open allocation, if any. The drift report
 * applies the same rule.
 */
export function countsAsStock(
  status: SerialNumberStatus,
  openStage?: SerialAllocationStage | null,
  returnReceived = false
): boolean {
  switch (status) {
    case SerialNumberStatus.IN_STOCK:
      return true
    case SerialNumberStatus.RESERVED:
      return !(openStage && STOCK_LEFT_STAGES.includes(openStage))
    case SerialNumberStatus.RETURNED:
      return returnReceived
    default:
      return false
  }
}

/** A unit whose status changed, where it is and how its item is tracked. */
export interface StockCountChange {
  inventory_item_id: string
  stock_location_id: string | null
  tracking_mode: string | null
  from_status: SerialNumberStatus
  to_status: SerialNumberStatus
  open_stage?: SerialAllocationStage | null
  /** Whether the Medusa return the unit came back on has been received. */
  return_received?: boolean
}

/** One change of Medusa's `stocked_quantity` (the shape of `adjustInventoryLevelsStep`). */
export interface StockLevelAdjustment {
  inventory_item_id: string
  location_id: string
  adjustment: number
}

/**
 * What status changes do to Medusa's stock: for units of `full` items with
 * a location, +1 for each that starts counting as stock, -1 for each that
 * stops, summed per item and location; places that net to 0 are left out.
 */
export function stockAdjustmentsFor(
  changes: StockCountChange[]
): StockLevelAdjustment[] {
  const sums = new Map<string, StockLevelAdjustment>()
  for (const c of changes) {
    if (c.tracking_mode !== "full" || !c.stock_location_id) {
      continue
    }
    const counts = (status: SerialNumberStatus) =>
      Number(countsAsStock(status, c.open_stage, c.return_received))
    const delta = counts(c.to_status) - counts(c.from_status)
    const key = `${c.inventory_item_id}\u0000${c.stock_location_id}`
    const sum = sums.get(key) ?? {
      inventory_item_id: c.inventory_item_id,
      location_id: c.stock_location_id,
      adjustment: 0,
    }
    sum.adjustment += delta
    sums.set(key, sum)
  }
  return [...sums.values()].filter((s) => s.adjustment !== 0)
}
