import path from "path"
import { CartForSerialCheck, serialNeedsForCart } from ".."

/**
 * Medusa's own input builder for checkout reservations (not exported by the
 * package, so loaded by file): the reservation goes to `location_ids[0]`.
 * If Medusa moves or changes it, this test says so.
 */
const medusaFile = path.join(
  path.dirname(require.resolve("@medusajs/core-flows")),
  "cart/utils/prepare-confirm-inventory-input.js"
)
let prepareConfirmInventoryInput: (data: unknown) => { items: any[] }
beforeAll(async () => {
  ;({ prepareConfirmInventoryInput } = await import(medusaFile))
})

/** A small deterministic generator (mulberry32), so a failure can be replayed by seed. */
function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomCart(seed: number): CartForSerialCheck {
  const r = random(seed)
  const pick = (n: number) => Math.floor(r() * n)
  const locations = ["sloc_a", "sloc_b", "sloc_c", "sloc_d"].slice(
    0,
    1 + pick(4)
  )
  const channelsOf = new Map(
    locations.map((l) => [l, r() < 0.75 ? ["sc_1"] : ["sc_2"]])
  )
  const itemIds = ["iitem_1", "iitem_2", "iitem_3"]
  const variants = ["v_1", "v_2", "v_3"].map((id) => ({
    id,
    manage_inventory: r() < 0.9,
    allow_backorder: r() < 0.1,
    inventory_items: itemIds
      .filter(() => r() < 0.5)
      .map((inventory_item_id) => ({
        inventory_item_id,
        variant_id: id,
        required_quantity: 1 + pick(3),
        inventory: {
          location_levels: locations
            .filter(() => r() < 0.7)
            .map((location_id) => {
              const stocked = pick(12)
              return {
                location_id,
                stocked_quantity: stocked,
                reserved_quantity: pick(stocked + 1),
                stock_locations: [
                  {
                    id: location_id,
                    sales_channels: channelsOf
                      .get(location_id)!
                      .map((c) => ({ id: c })),
                  },
                ],
              }
            }),
        },
      })),
  }))
  const items = Array.from({ length: 1 + pick(4) }, (_, i) => {
    const variant = variants[pick(variants.length)]
    return {
      id: `li_${i}`,
      variant_id: variant.id,
      quantity: 1 + pick(5),
      variant,
    }
  })
  return { id: `cart_${seed}`, sales_channel_id: "sc_1", items }
}

/** Where Medusa reserves each (line, inventory item), or null when it refuses the cart itself. */
function medusaLocations(cart: CartForSerialCheck): string[] | null {
  const variants = [
    ...new Map(cart.items!.map((i) => [i.variant_id, i.variant])).values(),
  ]
  try {
    const { items } = prepareConfirmInventoryInput({
      input: {
        sales_channel_id: cart.sales_channel_id,
        variants,
        items: cart.items!.map((i) => ({
          id: i.id,
          variant_id: i.variant_id,
          quantity: i.quantity,
        })),
      },
    })
    return items
      .filter((i: any) => !i.allow_backorder && i.location_ids[0])
      .map((i: any) => `${i.id} ${i.inventory_item_id} ${i.location_ids[0]}`)
      .sort()
  } catch {
    return null
  }
}

describe("the predicted reservation location", () => {
  it("is the one Medusa's checkout reserves at, over 2,000 generated carts", () => {
    let compared = 0
    for (let seed = 1; seed <= 2000; seed++) {
      const cart = randomCart(seed)
      const expected = medusaLocations(cart)
      if (!expected) {
        continue
      }
      const predicted = serialNeedsForCart(cart)
        .flatMap((n) =>
          n.lines.map(
            (l) =>
              `${l.line_item_id} ${n.inventory_item_id} ${n.stock_location_id}`
          )
        )
        .sort()
      expect({ seed, predicted }).toEqual({ seed, predicted: expected })
      compared++
    }
    expect(compared).toBeGreaterThan(1000)
  })
})
