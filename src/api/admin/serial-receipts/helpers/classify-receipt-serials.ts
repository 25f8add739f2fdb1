import {
  normalizeSerial,
  serialProblem,
} from "../../../../modules/serial-inventory/utils/normalize-serial"
import type { ReceiptSerialCheck, SerialNumberStatus } from "../../../../types"

export interface ExistingUnit {
  id: string
  normalized_serial: string
  status: SerialNumberStatus
  inventory_item_id: string
  stock_location_id: string | null
}

/**
 * What receiving each serial into `inventoryItemId` would meet: `new`, or
 * why it would be refused (`invalid`, `repeated` earlier in the same list,
 * `exists` as a unit of this item, `other_item`). Pure: the caller looks up
 * the existing units once for the whole list.
 */
export function classifyReceiptSerials(
  serials: string[],
  inventoryItemId: string,
  existing: ExistingUnit[]
): ReceiptSerialCheck[] {
  const units = new Map(existing.map((u) => [u.normalized_serial, u]))
  const seen = new Set<string>()
  return serials.map((serial) => {
    const problem = serialProblem(serial)
    if (problem) {
      return { serial, outcome: "invalid", message: `serial ${problem}` }
    }
    const key = normalizeSerial(serial)
    if (seen.has(key)) {
      return { serial, outcome: "repeated", message: "scanned twice" }
    }
    seen.add(key)
    const unit = units.get(key)
    if (!unit) {
      return { serial, outcome: "new" }
    }
    const found = {
      id: unit.id,
      status: unit.status,
      inventory_item_id: unit.inventory_item_id,
      stock_location_id: unit.stock_location_id,
    }
    return unit.inventory_item_id === inventoryItemId
      ? {
          serial,
          outcome: "exists",
          message: `already a unit of this item (${unit.status})`,
          unit: found,
        }
      : {
          serial,
          outcome: "other_item",
          message: `already a unit of another item (${unit.status})`,
          unit: found,
        }
  })
}
