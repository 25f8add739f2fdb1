import type { MedusaContainer } from "@medusajs/framework/types"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import {
  gtinMismatch,
  normalizeSerial,
  readScan,
} from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { ScanSource, type ParsedScan } from "../../../types/parsed-scan"
import { loadItemGtins } from "./load-item-gtins"

/** One value that takes a serial: typed, or scanned (GS1 element string, Digital Link). */
export interface ScannedSerialInput {
  input: string
  /**
   * The item the unit is (or becomes) of, e.g. at receipt. Absent: the item
   * of the live unit that has the scanned serial.
   */
  inventory_item_id?: string | null
  /**
   * Without `inventory_item_id` and with no live unit having the serial: the
   * items the GTIN must belong to (e.g. a fulfillment line's items, where an
   * `outbound` unit is captured at pick). Absent: not checked, the caller
   * refuses the unknown serial on its own.
   */
  fallback_inventory_item_ids?: string[]
}

export interface ScanRowProblem {
  /** 0-based position in the rows given. */
  index: number
  input: string
  code:
    | typeof SerialErrorCode.SCAN_INVALID
    | typeof SerialErrorCode.SCAN_GTIN_MISMATCH
  message: string
}

export interface ScanResolution {
  /** Per row, in order: what it was read as (a row with a problem: its input as typed). */
  rows: ParsedScan[]
  problems: ScanRowProblem[]
}

/**
 * Reads every row with `readScan` and checks each GTIN a scan carries
 * against the GTINs of the unit's item (`loadItemGtins`): malformed GS1
 * input is `serial_scan_invalid`, a GTIN that is not the item's (or any
 * GTIN when the item has none) is `serial_scan_gtin_mismatch`. Every bad row
 * is reported, nothing is thrown or written. Costs no statement when no row
 * carries a GTIN, else at most two whatever the row count: one for the units
 * whose item is not given, one for all the items' GTINs. Used by the
 * serial-number create, lookup, pick and return paths.
 */
export async function resolveScannedSerials(
  container: MedusaContainer,
  rows: ScannedSerialInput[]
): Promise<ScanResolution> {
  const problems: ScanRowProblem[] = []
  const scans = rows.map(({ input }, index): ParsedScan => {
    const reading = readScan(input)
    if ("scan" in reading) {
      return reading.scan
    }
    problems.push({
      index,
      input,
      code: SerialErrorCode.SCAN_INVALID,
      message: reading.problem,
    })
    return { serial: input.trim(), source: ScanSource.PLAIN }
  })
  const checked = scans.flatMap((scan, index) =>
    scan.gtin ? [{ scan, index }] : []
  )
  if (!checked.length) {
    return { rows: scans, problems }
  }
  const unitItems = await itemsOfUnits(
    container,
    checked
      .filter(({ index }) => !rows[index].inventory_item_id)
      .map(({ scan }) => scan.serial)
  )
  const itemsFor = (index: number, serial: string): string[] => {
    const row = rows[index]
    if (row.inventory_item_id) return [row.inventory_item_id]
    const unitItem = unitItems.get(normalizeSerial(serial))
    return unitItem ? [unitItem] : (row.fallback_inventory_item_ids ?? [])
  }
  const items = checked.map(({ scan, index }) => itemsFor(index, scan.serial))
  const gtins = await loadItemGtins(container, items.flat())
  checked.forEach(({ scan, index }, i) => {
    if (!items[i].length) return
    const mismatch = gtinMismatch(
      scan,
      items[i].flatMap((id) => gtins.get(id) ?? [])
    )
    if (mismatch) {
      problems.push({
        index,
        input: rows[index].input,
        code: SerialErrorCode.SCAN_GTIN_MISMATCH,
        message: mismatch,
      })
    }
  })
  problems.sort((a, b) => a.index - b.index)
  return { rows: scans, problems }
}

/** Normalized serial -> inventory item of the live unit that has it (one statement). */
async function itemsOfUnits(
  container: MedusaContainer,
  serials: string[]
): Promise<Map<string, string>> {
  const keys = [...new Set(serials.map(normalizeSerial))]
  if (!keys.length) {
    return new Map()
  }
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const units = await service.listSerialNumbers(
    { normalized_serial: keys },
    { select: ["normalized_serial", "inventory_item_id"], take: null }
  )
  return new Map(units.map((u) => [u.normalized_serial, u.inventory_item_id]))
}
