import type { TemplateAttributeDefinition } from "../../../../types/template-attribute"
import { attributeProblems } from "../attribute-problems"
import { templateDefinitionProblems } from "../template-definition-problems"

const defs: TemplateAttributeDefinition[] = [
  { key: "firmware", type: "text", required: true },
  { key: "battery_health", type: "number", unit: "%" },
  { key: "unlocked", type: "boolean" },
  { key: "manufactured_on", type: "date" },
  {
    key: "colour",
    type: "select",
    options: ["black", "silver"],
    required: true,
  },
]

describe("template attribute validation", () => {
  it("accepts valid values", () => {
    expect(
      attributeProblems(defs, {
        firmware: "1.2.3",
        battery_health: 97,
        unlocked: true,
        manufactured_on: "2026-01-31",
        colour: "black",
      })
    ).toEqual([])
  })

  it("reports unknown keys, missing required and mistyped values, each once", () => {
    const problems = attributeProblems(defs, {
      battery_health: "97",
      unlocked: "yes",
      manufactured_on: "31/01/2026",
      colour: "gold",
      ram: "8GB",
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'unknown attribute "ram"',
        'attribute "firmware" is required',
        expect.stringContaining('"battery_health" must be a number'),
        expect.stringContaining('"unlocked" must be true or false'),
        expect.stringContaining(
          '"manufactured_on" must be a real ISO 8601 date'
        ),
        expect.stringContaining('"colour" must be one of black, silver'),
      ])
    )
    expect(problems).toHaveLength(6)
  })

  it("refuses impossible calendar dates, as the date columns do", () => {
    const firmware = { firmware: "1.0", colour: "black" }
    for (const bad of [
      "2024-02-30",
      "2023-02-29",
      "2026-13-01",
      "2026-04-31T10:00:00Z",
    ]) {
      expect(
        attributeProblems(defs, { ...firmware, manufactured_on: bad })
      ).toEqual([
        expect.stringContaining(
          `"manufactured_on" must be a real ISO 8601 date (YYYY-MM-DD, or a date-time with Z or an offset) (got "${bad}")`
        ),
      ])
    }
    for (const good of [
      "2024-02-29",
      "2026-01-31",
      "2026-01-31T23:59:59+05:30",
    ]) {
      expect(
        attributeProblems(defs, { ...firmware, manufactured_on: good })
      ).toEqual([])
    }
  })

  it("treats every attribute as unknown when no template applies", () => {
    expect(attributeProblems(null, { colour: "black" })).toEqual([
      'unknown attribute "colour" (no template applies)',
    ])
    expect(attributeProblems(null, {})).toEqual([])
  })
})

describe("template definition validation", () => {
  it("accepts a good template", () => {
    expect(templateDefinitionProblems(defs)).toEqual([])
  })

  it("refuses bad keys, duplicates, unknown types and misplaced options", () => {
    const problems = templateDefinitionProblems([
      { key: "Bad Key", type: "text" },
      { key: "colour", type: "select" },
      { key: "colour", type: "text", options: ["a"] },
      { key: "size", type: "blob" as any },
    ])
    expect(problems.join("\n")).toMatch(/snake_case/)
    expect(problems.join("\n")).toMatch(/needs options/)
    expect(problems.join("\n")).toMatch(/used twice/)
    expect(problems.join("\n")).toMatch(/only select attributes have options/)
    expect(problems.join("\n")).toMatch(/unknown type "blob"/)
  })
})
