import {
  CartForSerialCheck,
  CartLine,
  channelLocationIds,
  describeSerialShortages,
  findSerialShortages,
  lineLabel,
  predictReservationLocation,
  serialNeedsForCart,
  stockAvailability,
} from ".."

type Levels = Record<string, [stocked: number, reserved: number]>

/** An inventory item link with levels per location, each location in `channels`. */
const item = (
  id: string,
  levels: Levels,
  required_quantity = 1,
  channels: Record<string, string[]> = {}
) => ({
  inventory_item_id: id,
  required_quantity,
  inventory: {
    location_levels: Object.entries(levels).map(([loc, [s, r]]) => ({
      location_id: loc,
      stocked_quantity: s,
      reserved_quantity: r,
      stock_locations: [
        {
          id: loc,
          sales_channels: (channels[loc] ?? ["sc_1"]).map((id) => ({ id })),
        },
      ],
    })),
  },
})

const line = (
  id: string,
  variantId: string,
  quantity: number,
  inventory_items: ReturnType<typeof item>[],
  over: Partial<CartLine> & { manage?: boolean; backorder?: boolean } = {}
): CartLine => ({
  id,
  variant_id: variantId,
  quantity,
  product_title: "Phone",
  variant_title: `Phone ${variantId}`,
  variant_sku: variantId.toUpperCase(),
  variant: {
    id: variantId,
    manage_inventory: over.manage ?? true,
    allow_backorder: over.backorder ?? false,
    inventory_items,
  },
  ...over,
})

const cart = (...items: CartLine[]): CartForSerialCheck => ({
  id: "cart_1",
  sales_channel_id: "sc_1",
  items,
})

describe("serialNeedsForCart", () => {
  it("needs required_quantity x quantity per inventory item, kits included, summed over lines", () => {
    const phone = item("iitem_phone", { sloc_a: [50, 0] })
    const charger = item("iitem_charger", { sloc_a: [50, 0] }, 2)
    const needs = serialNeedsForCart(
      cart(
        line("li_1", "v_phone", 2, [phone]),
        line("li_2", "v_kit", 3, [phone, charger]),
        line("li_3", "v_phone", 1, [phone])
      )
    )
    expect(needs).toEqual([
      {
        inventory_item_id: "iitem_phone",
        stock_location_id: "sloc_a",
        quantity: 6,
        lines: [
          expect.objectContaining({ line_item_id: "li_1", quantity: 2 }),
          expect.objectContaining({ line_item_id: "li_2", quantity: 3 }),
          expect.objectContaining({ line_item_id: "li_3", quantity: 1 }),
        ],
      },
      {
        inventory_item_id: "iitem_charger",
        stock_location_id: "sloc_a",
        quantity: 6,
        lines: [expect.objectContaining({ line_item_id: "li_2" })],
      },
    ])
  })

  it("leaves out lines without a variant, of unmanaged inventory or allowing backorders", () => {
    const phone = item("iitem_phone", { sloc_a: [50, 0] })
    expect(
      serialNeedsForCart(
        cart(
          line("li_1", "v_a", 1, [phone], { manage: false }),
          line("li_2", "v_b", 1, [phone], { backorder: true }),
          { id: "li_3", quantity: 1, title: "Gift wrap", variant: null }
        )
      )
    ).toEqual([])
  })

  it("reads quantities given as BigNumber-like objects", () => {
    const phone = item("iitem_phone", { sloc_a: [50, 0] })
    const needs = serialNeedsForCart(
      cart(line("li_1", "v_a", { value: "2" } as any, [phone]))
    )
    expect(needs[0].quantity).toBe(2)
  })

  it("predicts each line's location on its own, as Medusa does: lines of one item can land apart", () => {
    // sloc_a covers 3 but not 5; sloc_b covers 5.
    const phone = item("iitem_phone", { sloc_a: [3, 0], sloc_b: [10, 0] })
    const needs = serialNeedsForCart(
      cart(line("li_1", "v_a", 3, [phone]), line("li_2", "v_a", 5, [phone]))
    )
    expect(
      needs.map((n) => [n.stock_location_id, n.quantity, n.lines.length])
    ).toEqual([
      ["sloc_a", 3, 1],
      ["sloc_b", 5, 1],
    ])
  })
})

describe("reservation location prediction", () => {
  it("collects the channel's locations in the order the cart's variants reach them, once each", () => {
    const c = cart(
      line("li_1", "v_a", 1, [
        item("iitem_a", { sloc_b: [1, 0], sloc_x: [9, 0], sloc_a: [1, 0] }, 1, {
          sloc_x: ["sc_other"],
        }),
      ]),
      line("li_2", "v_b", 1, [
        item("iitem_b", { sloc_c: [1, 0], sloc_a: [1, 0] }),
      ])
    )
    expect(channelLocationIds(c)).toEqual(["sloc_b", "sloc_a", "sloc_c"])
  })

  it("takes the first location covering the quantity, else the first with a level, else the first of the channel", () => {
    const availability = stockAvailability(
      cart(
        line("li_1", "v_a", 1, [
          item("iitem_a", { sloc_a: [5, 4], sloc_b: [5, 0] }),
        ])
      )
    )
    const locations = ["sloc_x", "sloc_a", "sloc_b"]
    expect(availability.get("sloc_a")?.get("iitem_a")).toBe(1)
    expect(
      predictReservationLocation(locations, availability, "iitem_a", 1)
    ).toBe("sloc_a")
    expect(
      predictReservationLocation(locations, availability, "iitem_a", 3)
    ).toBe("sloc_b")
    expect(
      predictReservationLocation(locations, availability, "iitem_a", 99)
    ).toBe("sloc_a")
    expect(
      predictReservationLocation(locations, availability, "iitem_z", 1)
    ).toBe("sloc_x")
    expect(predictReservationLocation([], availability, "iitem_a", 1)).toBe(
      null
    )
  })

  it("accepts link relations given as one object instead of a list", () => {
    const one = {
      inventory_item_id: "iitem_a",
      required_quantity: 1,
      inventory: {
        location_levels: {
          location_id: "sloc_a",
          stocked_quantity: 2,
          reserved_quantity: 0,
          stock_locations: { id: "sloc_a", sales_channels: { id: "sc_1" } },
        },
      },
    }
    const c = cart(line("li_1", "v_a", 1, [one as any]))
    expect(channelLocationIds(c)).toEqual(["sloc_a"])
  })
})

describe("shortages", () => {
  const need = (item: string, loc: string, quantity: number) => ({
    inventory_item_id: item,
    stock_location_id: loc,
    quantity,
    lines: [{ line_item_id: "li_1", label: "Phone (SKU P)", quantity }],
  })

  it("are the needs their place's count does not cover; places without a count are not checked", () => {
    const shortages = findSerialShortages(
      [
        need("iitem_a", "sloc_a", 3),
        need("iitem_b", "sloc_a", 1),
        need("iitem_c", "sloc_a", 9),
      ],
      [
        {
          inventory_item_id: "iitem_a",
          stock_location_id: "sloc_a",
          available: 2,
        },
        {
          inventory_item_id: "iitem_b",
          stock_location_id: "sloc_a",
          available: 1,
        },
      ]
    )
    expect(shortages).toEqual([
      { ...need("iitem_a", "sloc_a", 3), available: 2 },
    ])
    expect(describeSerialShortages(shortages)).toBe(
      "Not enough serialized units in stock to complete the cart: Phone (SKU P) needs 3 unit(s) " +
        "of inventory item iitem_a at stock location sloc_a, 2 available"
    )
  })

  it("label a line by product, variant and SKU", () => {
    expect(
      lineLabel({
        product_title: "Phone",
        variant_title: "Black",
        variant_sku: "P-B",
      })
    ).toBe("Phone (Black, SKU P-B)")
    expect(lineLabel({ title: "Phone", variant_title: "Phone" })).toBe("Phone")
  })
})
