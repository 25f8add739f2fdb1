import {
  SERIAL_NUMBER_ACTIONS,
  SERIAL_NUMBER_STATUSES,
} from "../../../../types/serial-number-status"
import {
  allowedActions,
  assertTransition,
  canRevert,
  canTransition,
  nextStatus,
} from "../transitions"

// The table of DESIGN.md, written out independently of the code under test.
const EXPECTED: Record<string, Record<string, string | null>> = {
  in_stock: {
    reserve: "reserved",
    release: null,
    sell: "sold",
    return: null,
    restock: null,
    mark_defective: "defective",
    recall: "recalled",
    release_recall: null,
    release_recall_to_order: null,
  },
  reserved: {
    reserve: null,
    release: "in_stock",
    sell: "sold",
    return: null,
    restock: null,
    mark_defective: "defective",
    recall: "recalled",
    release_recall: null,
    release_recall_to_order: null,
  },
  sold: {
    reserve: null,
    release: null,
    sell: null,
    return: "returned",
    restock: null,
    mark_defective: "defective",
    recall: null,
    release_recall: null,
    release_recall_to_order: null,
  },
  returned: {
    reserve: null,
    release: null,
    sell: null,
    return: null,
    restock: "in_stock",
    mark_defective: "defective",
    recall: null,
    release_recall: null,
    release_recall_to_order: null,
  },
  defective: {
    reserve: null,
    release: null,
    sell: null,
    return: null,
    restock: "in_stock",
    mark_defective: null,
    recall: null,
    release_recall: null,
    release_recall_to_order: null,
  },
  recalled: {
    reserve: null,
    release: null,
    sell: null,
    return: null,
    restock: null,
    mark_defective: "defective",
    recall: null,
    release_recall: "in_stock",
    release_recall_to_order: "reserved",
  },
}

describe("transition table", () => {
  const cases = SERIAL_NUMBER_STATUSES.flatMap((s) =>
    SERIAL_NUMBER_ACTIONS.map((a) => [s, a] as const)
  )

  it("covers 6 statuses x 9 actions", () => {
    expect(cases).toHaveLength(54)
  })

  it.each(cases)("%s + %s", (status, action) => {
    const expected = EXPECTED[status][action]
    expect(nextStatus(status, action)).toBe(expected)
    expect(canTransition(status, action)).toBe(expected !== null)
    if (expected === null) {
      expect(() =>
        assertTransition([{ serial: "SN-1", status }], action)
      ).toThrow(
        expect.objectContaining({
          type: "not_allowed",
          code: "serial_number_invalid_transition",
        })
      )
    } else {
      expect(() =>
        assertTransition([{ serial: "SN-1", status }], action)
      ).not.toThrow()
    }
  })

  it("names every refused unit, its status and the action", () => {
    const run = () =>
      assertTransition(
        [
          { serial: "A-1", status: "sold" },
          { serial: "B-2", status: "in_stock" },
          { serial: "C-3", status: "defective" },
        ],
        "reserve"
      )
    expect(run).toThrow(/A-1 \(sold\)/)
    expect(run).toThrow(/C-3 \(defective\)/)
    expect(run).toThrow(/reserve/)
    expect(run).not.toThrow(/B-2/)
  })

  it("lists the actions each status allows", () => {
    expect(allowedActions("in_stock")).toEqual([
      "reserve",
      "sell",
      "mark_defective",
    ])
    expect(allowedActions("defective")).toEqual(["restock"])
    // A recall campaign's own actions are never offered; a recalled unit offers nothing.
    expect(allowedActions("reserved")).toEqual([
      "release",
      "sell",
      "mark_defective",
    ])
    expect(allowedActions("recalled")).toEqual([])
  })

  it("allows undoing an action only along the edge it took", () => {
    expect(canRevert("reserve", "reserved", "in_stock")).toBe(true)
    expect(canRevert("reserve", "sold", "in_stock")).toBe(false)
    expect(canRevert("sell", "sold", "reserved")).toBe(true)
    expect(canRevert("sell", "sold", "returned")).toBe(false)
    expect(canRevert("recall", "recalled", "reserved")).toBe(true)
    expect(canRevert("recall", "recalled", "sold")).toBe(false)
  })
})
