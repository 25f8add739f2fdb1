import { pickFields } from "../pick-fields"

describe("pickFields", () => {
  const date = new Date("2026-01-01T00:00:00Z")
  const row = {
    id: "sn_1",
    serial: "A",
    stock_location_id: "sloc_1",
    received_at: date,
    stock_location: { id: "sloc_1", name: "Main", metadata: null },
    inventory_item: {
      id: "iitem_1",
      variants: [
        { id: "v1", product_id: "p1", product: { id: "p1", title: "P" } },
      ],
    },
  }

  it("keeps exactly the requested paths, join keys dropped", () => {
    expect(
      pickFields(
        [row],
        ["id", "received_at", "inventory_item.variants.product.title"]
      )
    ).toEqual([
      {
        id: "sn_1",
        received_at: date,
        inventory_item: { variants: [{ product: { title: "P" } }] },
      },
    ])
  })

  it("keeps a whole relation for relation.* and *relation", () => {
    for (const field of ["stock_location.*", "*stock_location"]) {
      expect(pickFields([row], ["stock_location.name", field])).toEqual([
        { stock_location: row.stock_location },
      ])
    }
  })

  it("answers null for a relation asked for but missing", () => {
    expect(pickFields([{ id: "sn_2" }], ["id", "stock_location.name"])).toEqual(
      [{ id: "sn_2", stock_location: null }]
    )
    expect(
      pickFields([{ id: "sn_3", stock_location: null }], ["stock_location.id"])
    ).toEqual([{ stock_location: null }])
    // Query leaves the key undefined when a read-only link finds nothing.
    expect(
      pickFields(
        [{ id: "sn_4", stock_location: undefined }],
        ["stock_location.id"]
      )
    ).toEqual([{ stock_location: null }])
  })
})
