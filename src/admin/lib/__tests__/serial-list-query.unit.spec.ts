import {
  emptyFilterKeys,
  filtersFromSearch,
  listQueryFromSearch,
  pageIndexFromSearch,
  searchWithFilters,
  statusFromSearch,
} from "../serial-list-query"

const params = (s: string) => new URLSearchParams(s)

describe("serial list URL", () => {
  it("reads links other pages make", () => {
    expect(listQueryFromSearch(params("inventory_item_id=iitem_1"))).toEqual({
      inventory_item_id: "iitem_1",
    })
    expect(listQueryFromSearch(params("product_id=prod_1"))).toEqual({
      product_id: "prod_1",
    })
  })

  it("reads every filter, the status tab and the search", () => {
    const url = params(
      "status=sold&q=AUR&product_id=p1,p2&stock_location_id=sloc_1" +
        "&template_id=stpl_1&lot=LOT-1&warranty=active&order_id=order_1"
    )
    expect(listQueryFromSearch(url)).toEqual({
      status: "sold",
      q: "AUR",
      product_id: "p1,p2",
      stock_location_id: "sloc_1",
      template_id: "stpl_1",
      lot: "LOT-1",
      warranty: "active",
      order_id: "order_1",
    })
    expect(filtersFromSearch(url).product_id).toEqual(["p1", "p2"])
  })

  it("ignores unknown statuses, warranty states and empty values", () => {
    const url = params("status=lost&warranty=forever&product_id=,&lot=%20")
    expect(listQueryFromSearch(url)).toEqual({})
    expect(statusFromSearch(url)).toBeNull()
  })

  it("turns an offset into a page of 20", () => {
    expect(pageIndexFromSearch(params(""))).toBe(0)
    expect(pageIndexFromSearch(params("offset=40"))).toBe(2)
    expect(pageIndexFromSearch(params("offset=-20"))).toBe(0)
    expect(pageIndexFromSearch(params("offset=abc"))).toBe(0)
  })

  it("writes filters back, dropping empty ones and the offset, keeping status and q", () => {
    const next = searchWithFilters(
      params("status=sold&q=x&offset=40&lot=old&template_id=t1"),
      { product_id: ["p1", "p2"], lot: "", warranty: "none", template_id: [] }
    )
    expect(Object.fromEntries(next)).toEqual({
      status: "sold",
      q: "x",
      product_id: "p1,p2",
      warranty: "none",
    })
  })

  it("finds filters that were added but have no value yet", () => {
    expect(
      emptyFilterKeys({
        lot: "",
        product_id: [],
        warranty: null,
        order_id: "o",
      })
    ).toEqual(["lot", "product_id", "warranty"])
  })
})
