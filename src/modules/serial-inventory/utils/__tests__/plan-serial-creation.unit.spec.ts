import {
  checkSerials,
  creationError,
  planSerialCreation,
} from "../plan-serial-creation"
import { planSerialUpdate } from "../plan-serial-update"
import { warrantyStatus, addMonths } from "../warranty"
import { toUtcInstant } from "../dates"

const ctx = (input: any[]) => ({
  checks: checkSerials(input),
  policies: new Map([
    [
      "iitem_1",
      { inventory_item_id: "iitem_1", mode: "full", template_id: "stpl_1" },
    ],
  ]),
  templates: new Map([
    [
      "stpl_1",
      {
        id: "stpl_1",
        attributes: [
          {
            key: "colour",
            type: "select" as const,
            options: ["red"],
            required: true,
          },
        ],
      },
    ],
  ]),
  existing: new Map([["old-1", { id: "sn_old", serial: "OLD-1" }]]),
})

const plan = (input: any[]) => planSerialCreation(input, ctx(input))

describe("planSerialCreation", () => {
  it("builds normalized rows for a good batch", () => {
    const { rows, problems } = plan([
      {
        serial: " New-1 ",
        inventory_item_id: "iitem_1",
        attributes: { colour: "red" },
      },
    ])
    expect(problems).toEqual([])
    expect(rows[0]).toMatchObject({
      serial: "New-1",
      normalized_serial: "new-1",
      status: "in_stock",
      template_id: "stpl_1",
    })
  })

  it("reports every bad row with its position", () => {
    const { problems } = plan([
      {
        serial: "A",
        inventory_item_id: "iitem_1",
        attributes: { colour: "red" },
      },
      {
        serial: "a ",
        inventory_item_id: "iitem_1",
        attributes: { colour: "red" },
      },
      {
        serial: "OLD-1",
        inventory_item_id: "iitem_1",
        attributes: { colour: "red" },
      },
      { serial: "", inventory_item_id: "iitem_1" },
      {
        serial: "B",
        inventory_item_id: "iitem_1",
        attributes: { colour: "blue" },
      },
      { serial: "C", inventory_item_id: "iitem_2" },
    ])
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, "serial_number_duplicate"],
      [3, "serial_number_duplicate"],
      [4, "serial_number_invalid"],
      [5, "serial_attributes_invalid"],
      [6, "serial_tracking_disabled"],
    ])
    const error = creationError(problems, 6)
    expect(error.code).toBe("serial_number_batch_invalid")
    expect(error.message).toMatch(
      /^5 of 6 serial numbers refused, nothing was written/
    )
  })

  it("raises a duplicate error when duplicates are the only problem", () => {
    const { problems } = plan([
      {
        serial: "old-1",
        inventory_item_id: "iitem_1",
        attributes: { colour: "red" },
      },
    ])
    const error = creationError(problems, 1)
    expect(error.type).toBe("duplicate_error")
    expect(error.message).toContain('already exists as "OLD-1" (sn_old)')
  })

  it("refuses unknown fields and NUL characters per row, without the HTTP validators", () => {
    const attributes = { colour: "red" }
    const { problems } = plan([
      {
        serial: "U-1",
        inventory_item_id: "iitem_1",
        attributes,
        colour: "red",
      } as any,
      {
        serial: "U-2",
        inventory_item_id: "iitem_1",
        attributes,
        lot: "L\u0000",
      },
      {
        serial: "U-3",
        inventory_item_id: "iitem_1",
        attributes,
        metadata: { "k\u0000": "v" },
      },
    ])
    expect(problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [1, "serial_number_unknown_field", 'unknown field "colour"'],
      [2, "serial_text_invalid", "lot must not contain NUL characters"],
      [3, "serial_text_invalid", "metadata must not contain NUL characters"],
    ])
  })

  it("raises a not-found error when unknown templates are the only problem", () => {
    const { problems } = plan([
      { serial: "T-1", inventory_item_id: "iitem_1", template_id: "stpl_nope" },
    ])
    const error = creationError(problems, 1)
    expect([error.type, error.code]).toEqual([
      "not_found",
      "serial_template_not_found",
    ])
    expect(error.message).toContain(
      'row 1 ("T-1"): template stpl_nope does not exist'
    )
  })
})

describe("planSerialUpdate", () => {
  const unit = {
    id: "sn_1",
    bin_code: "A1",
    condition_grade: "A",
    attributes: { colour: "red" },
    metadata: null,
  }

  it("groups changes into one event per kind", () => {
    const plan = planSerialUpdate(
      unit,
      { id: "sn_1", bin_code: "B2", condition_grade: "B", lot: "L1" },
      null
    )
    expect(plan.events.map((e) => e.type).sort()).toEqual([
      "condition_changed",
      "moved",
      "updated",
    ])
    expect(plan.next).toMatchObject({
      bin_code: "B2",
      condition_grade: "B",
      lot: "L1",
    })
  })

  it("writes no event when nothing changes", () => {
    expect(
      planSerialUpdate(unit, { id: "sn_1", bin_code: "A1" }, null).events
    ).toEqual([])
  })

  it("merges attributes and validates the result against the template", () => {
    const defs = [
      {
        key: "colour",
        type: "select" as const,
        options: ["red", "blue"],
        required: true,
      },
    ]
    expect(
      planSerialUpdate(
        unit,
        { id: "sn_1", attributes: { colour: "blue" } },
        defs
      ).problems
    ).toEqual([])
    expect(
      planSerialUpdate(unit, { id: "sn_1", attributes: { colour: null } }, defs)
        .problems
    ).toEqual(['attribute "colour" is required'])
  })
})

describe("warranty", () => {
  it("is active before expiry, expired after, none without one", () => {
    const now = new Date("2026-06-01T00:00:00Z")
    expect(warrantyStatus(addMonths(now, 1), now)).toBe("active")
    expect(warrantyStatus(new Date("2026-05-01"), now)).toBe("expired")
    expect(warrantyStatus(null, now)).toBe("none")
  })
})

describe("warranty months at month end", () => {
  it("stays on the last day of a shorter month", () => {
    expect(addMonths(new Date("2026-08-31T10:00:00Z"), 6).toISOString()).toBe(
      "2027-02-28T10:00:00.000Z"
    )
    expect(addMonths(new Date("2027-08-31T10:00:00Z"), 6).toISOString()).toBe(
      "2028-02-29T10:00:00.000Z"
    )
    expect(addMonths(new Date("2026-01-15T00:00:00Z"), 24).toISOString()).toBe(
      "2028-01-15T00:00:00.000Z"
    )
  })
})

describe("dates", () => {
  it.each([
    ["2026-01-01", "2026-01-01T00:00:00.000Z"],
    ["2026-01-01T12:30:00+02:00", "2026-01-01T10:30:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["0001-01-01", "0001-01-01T00:00:00.000Z"],
    ["0001-01-01T00:00-01:00", "0001-01-01T01:00:00.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(toUtcInstant(input)).toBe(expected)
  })
  it.each([
    "2024-02-30",
    "2026-04-31",
    "0000-01-01",
    "0001-01-01T00:00+01:00",
    "2026-13-01",
    "2026-01-01T12:00:00",
    "31/01/2026",
    "",
  ])("refuses %j", (input) => {
    expect(toUtcInstant(input)).toBeNull()
  })
})
