import { AdminCreateSerialNumbers } from "../../admin/serial-numbers/validators"
import { describeZodIssues } from "../describe-zod-issues"

const row = (extra: Record<string, unknown> = {}) => ({
  serial: "SN-1",
  inventory_item_id: "iitem_1",
  ...extra,
})

const describe_ = (body: unknown) => {
  const result = AdminCreateSerialNumbers.safeParse(body)
  if (result.success) {
    throw new Error("expected the body to be refused")
  }
  return describeZodIssues(result.error.issues as any)
}

describe("describeZodIssues", () => {
  it("names the row (1-based) and the unknown fields of a batch row", () => {
    expect(
      describe_({
        serial_numbers: [row(), row(), row({ colour: "red", size: 1 })],
      })
    ).toEqual(['serial_numbers row 3: unknown fields "colour", "size"'])
  })

  it("names the row and field of a bad value", () => {
    const lines = describe_({
      serial_numbers: [
        row({ purchased_at: "2024-02-30" }),
        row({ lot: "L\u0000" }),
      ],
    })
    expect(lines).toEqual([
      expect.stringMatching(
        /^serial_numbers row 1, purchased_at: must be a real ISO 8601 date/
      ),
      "serial_numbers row 2, lot: must not contain NUL characters",
    ])
  })

  it("names top-level fields without a row", () => {
    expect(describe_({ serial_numbers: [], extra: true })).toEqual([
      expect.stringMatching(/^serial_numbers: /),
      'unknown field "extra"',
    ])
  })
})
