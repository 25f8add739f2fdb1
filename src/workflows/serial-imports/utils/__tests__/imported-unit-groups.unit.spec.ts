import {
  expandImportedUnits,
  groupImportedUnits,
} from "../imported-unit-groups"
import type { ImportedUnitReceipt } from "../undo-serial-import-chunks"

const unit = (
  n: number,
  item: string,
  location: string | null,
  raised: boolean
): ImportedUnitReceipt => ({
  id: `sn_${n}`,
  received_event_id: `sev_${n}`,
  inventory_item_id: item,
  stock_location_id: location,
  stock_raised: raised,
})

describe("groupImportedUnits / expandImportedUnits", () => {
  const receipts = [
    unit(1, "iitem_a", "sloc_1", true),
    unit(2, "iitem_b", "sloc_1", true),
    unit(3, "iitem_a", "sloc_1", true),
    unit(4, "iitem_a", null, false),
    unit(5, "iitem_a", "sloc_1", false),
  ]

  it("keeps one group per item, location and stock flag, ids as joined lists", () => {
    expect(groupImportedUnits(receipts)).toEqual([
      {
        inventory_item_id: "iitem_a",
        stock_location_id: "sloc_1",
        stock_raised: true,
        ids: "sn_1,sn_3",
        received_event_ids: "sev_1,sev_3",
      },
      {
        inventory_item_id: "iitem_b",
        stock_location_id: "sloc_1",
        stock_raised: true,
        ids: "sn_2",
        received_event_ids: "sev_2",
      },
      {
        inventory_item_id: "iitem_a",
        stock_location_id: null,
        stock_raised: false,
        ids: "sn_4",
        received_event_ids: "sev_4",
      },
      {
        inventory_item_id: "iitem_a",
        stock_location_id: "sloc_1",
        stock_raised: false,
        ids: "sn_5",
        received_event_ids: "sev_5",
      },
    ])
  })

  it("expands back to every receipt with its own event", () => {
    const back = expandImportedUnits(groupImportedUnits(receipts))
    expect([...back].sort((a, b) => a.id.localeCompare(b.id))).toEqual(receipts)
  })

  it("has nothing to keep for no units", () => {
    expect(groupImportedUnits([])).toEqual([])
    expect(expandImportedUnits([])).toEqual([])
  })
})
