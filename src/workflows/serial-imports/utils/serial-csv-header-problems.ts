import {
  SERIAL_CSV_COLUMNS,
  SERIAL_CSV_ITEM_COLUMNS,
  serialCsvAttributeKey,
} from "../../../types/serial-csv"

const KNOWN = new Set<string>(SERIAL_CSV_COLUMNS)

/**
 * What is wrong with an import's header row, one message each: `serial` and
 * an item column (`inventory_item_id` or `sku`) are required; every other
 * column must be one of the format's (`SERIAL_CSV_COLUMNS`) or `attr:<key>`
 * with a key some template defines; no column may appear twice.
 */
export function serialCsvHeaderProblems(
  header: string[],
  attributeKeys: Set<string>
): string[] {
  const problems: string[] = []
  if (!header.includes("serial")) {
    problems.push(`missing column "serial"`)
  }
  if (!SERIAL_CSV_ITEM_COLUMNS.some((c) => header.includes(c))) {
    problems.push(
      `missing column "inventory_item_id" or "sku" (one of them names each row's inventory item)`
    )
  }
  const seen = new Set<string>()
  header.forEach((column, i) => {
    if (seen.has(column)) {
      problems.push(`column "${column}" appears more than once`)
    }
    seen.add(column)
    const key = serialCsvAttributeKey(column)
    if (column === "") {
      problems.push(`column ${i + 1} has no name`)
    } else if (key !== null && !attributeKeys.has(key)) {
      problems.push(
        `unknown column "${column}": no serial template defines the attribute "${key}"`
      )
    } else if (key === null && !KNOWN.has(column)) {
      problems.push(
        `unknown column "${column}" (template attributes are "attr:<key>" columns)`
      )
    }
  })
  return problems
}
