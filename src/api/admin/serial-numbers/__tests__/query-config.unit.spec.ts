import { prepareListQuery } from "@medusajs/framework/http"
import { WarrantyStatus } from "../../../../types/warranty"
import { serialNumberGraphFilters } from "../helpers/serial-number-graph-filters"
import {
  listAdminSerialNumberQueryConfig,
  retrieveAdminSerialNumberQueryConfig,
} from "../query-config"

describe("serial number query config", () => {
  it.each([
    ["list", listAdminSerialNumberQueryConfig],
    ["retrieve", retrieveAdminSerialNumberQueryConfig],
  ])("allows every default field (%s)", (_name, config) => {
    const allowed = new Set(config.allowed)
    expect(config.defaults.filter((f) => !allowed.has(f))).toEqual([])
  })

  it("keeps timelines off the list", () => {
    expect(listAdminSerialNumberQueryConfig.allowed).not.toContain("events")
    expect(retrieveAdminSerialNumberQueryConfig.defaults).toEqual(
      expect.arrayContaining(["allowed_actions", "events"])
    )
  })

  it("parses fields with Medusa's rules", async () => {
    const { remoteQueryConfig } = await prepareListQuery(
      { fields: "-stock_location,+stock_location.name,*inventory_item" },
      listAdminSerialNumberQueryConfig
    )
    expect(remoteQueryConfig.fields).toContain("stock_location.name")
    expect(remoteQueryConfig.fields).not.toContain("stock_location.id")
    expect(remoteQueryConfig.fields).toContain("inventory_item.*")
  })
})

describe("serialNumberGraphFilters", () => {
  const now = new Date("2026-01-01T00:00:00Z")

  it("turns lists into $in and keeps empty lists (match nothing)", () => {
    expect(
      serialNumberGraphFilters(
        { status: ["sold"], inventory_item_id: [], lot: ["L1", "L2"] },
        now
      )
    ).toEqual({ status: ["sold"], inventory_item_id: [], lot: ["L1", "L2"] })
  })

  it("matches q on the normalized serial with LIKE wildcards escaped", () => {
    expect(serialNumberGraphFilters({ q: " AB_1%\\ " }, now)).toEqual({
      normalized_serial: { $like: "%ab\\_1\\%\\\\%" },
    })
    expect(
      serialNumberGraphFilters({ q: "ab", serial: " AB-1 " }, now)
    ).toEqual({ normalized_serial: { $like: "%ab%", $eq: "ab-1" } })
  })

  it("compares the warranty expiry with now", () => {
    expect(
      serialNumberGraphFilters({ warranty: WarrantyStatus.NONE }, now)
    ).toEqual({ warranty_expires_at: null })
    expect(
      serialNumberGraphFilters({ warranty: WarrantyStatus.ACTIVE }, now)
    ).toEqual({ warranty_expires_at: { $gt: now } })
    expect(
      serialNumberGraphFilters({ warranty: WarrantyStatus.EXPIRED }, now)
    ).toEqual({ warranty_expires_at: { $lte: now } })
  })
})
