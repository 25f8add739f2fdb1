import snapshot from "../../migrations/.snapshot-medusa-serial-inventory.json"
import { SERIAL_EVENT_COLUMNS } from "../insert-serial-events"
import { INSERTED_COLUMNS } from "../insert-serial-numbers"
import { SERIAL_PHOTO_COLUMNS } from "../serial-photos"
import {
  SERIAL_NUMBER_COLUMNS,
  UPDATABLE_COLUMNS,
} from "../serial-number-columns"

/** Columns Medusa manages itself (set by defaults and soft delete). */
const MANAGED = ["created_at", "updated_at", "deleted_at"]

function snapshotColumns(table: string): Record<string, string> {
  const found = snapshot.tables.find((t) => t.name === table)
  if (!found) {
    throw new Error(`table ${table} is not in the model snapshot`)
  }
  return Object.fromEntries(
    Object.entries(found.columns as Record<string, { type: string }>)
      .filter(([name]) => !MANAGED.includes(name))
      .map(([name, column]) => [name, column.type])
  )
}

describe("hand-written SQL column lists match the model snapshot", () => {
  it("lists every serial_number column, with its type, for the set-based insert and update", () => {
    expect(SERIAL_NUMBER_COLUMNS).toEqual(snapshotColumns("serial_number"))
  })

  it("lists every serial_event column, with its type, for the event insert", () => {
    expect(SERIAL_EVENT_COLUMNS).toEqual(snapshotColumns("serial_event"))
  })

  it("lists every serial_photo column, with its type, for the photo insert", () => {
    expect(SERIAL_PHOTO_COLUMNS).toEqual(snapshotColumns("serial_photo"))
  })

  it("returns and updates only columns that exist", () => {
    const columns = Object.keys(snapshotColumns("serial_number"))
    expect(columns).toEqual(expect.arrayContaining(INSERTED_COLUMNS))
    expect(columns).toEqual(expect.arrayContaining([...UPDATABLE_COLUMNS]))
  })
})
