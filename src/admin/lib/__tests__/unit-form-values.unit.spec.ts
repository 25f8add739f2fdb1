import type { TemplateAttributeDefinition } from "../../../types/template-attribute"
import {
  attributeErrors,
  changedUnitFields,
  unitFormValues,
} from "../unit-form-values"

const defs: TemplateAttributeDefinition[] = [
  {
    key: "colour",
    type: "select",
    options: ["graphite", "silver"],
    required: true,
  },
  { key: "storage_gb", type: "number", unit: "GB" },
  { key: "sealed", type: "boolean" },
  { key: "made_on", type: "date" },
  { key: "firmware", type: "text" },
]

const unit = {
  condition_grade: "A",
  condition_notes: null,
  bin_code: "A-01",
  lot: "LOT-1",
  supplier_reference: null,
  receipt_reference: null,
  attributes: { colour: "silver", storage_gb: 128, firmware: "1.0" },
}

describe("unit details form values", () => {
  const initial = unitFormValues(unit, defs)

  it("starts from the unit's values", () => {
    expect(initial.fields.bin_code).toBe("A-01")
    expect(initial.fields.condition_notes).toBe("")
    expect(initial.attributes).toEqual({
      colour: "silver",
      storage_gb: "128",
      sealed: false,
      made_on: "",
      firmware: "1.0",
    })
  })

  it("sends nothing when nothing changed", () => {
    expect(changedUnitFields(initial, initial, defs)).toEqual({})
  })

  it("sends only changed fields, null for emptied ones, typed attributes", () => {
    const current = {
      fields: { ...initial.fields, bin_code: " B-02 ", lot: "" },
      attributes: {
        ...initial.attributes,
        storage_gb: "256",
        sealed: true,
        made_on: "2026-01-31",
        firmware: "",
      },
    }
    expect(changedUnitFields(initial, current, defs)).toEqual({
      bin_code: "B-02",
      lot: null,
      attributes: {
        storage_gb: 256,
        sealed: true,
        made_on: "2026-01-31",
        firmware: null,
      },
    })
  })

  it("ignores whitespace-only edits and unchanged numbers written differently", () => {
    const current = {
      fields: { ...initial.fields, bin_code: "A-01  " },
      attributes: { ...initial.attributes, storage_gb: "128.0" },
    }
    expect(changedUnitFields(initial, current, defs)).toEqual({})
  })

  it("splits an API refusal into messages per attribute", () => {
    const message =
      'Invalid values, nothing was written: SN-1: attribute "colour" is required; ' +
      'SN-1: attribute "storage_gb" must be a number (got "x"); SN-1: received_at is not a valid date'
    expect(attributeErrors(message)).toEqual({
      byKey: {
        colour: "is required",
        storage_gb: 'must be a number (got "x")',
      },
      other: ["SN-1: received_at is not a valid date"],
    })
  })
})
