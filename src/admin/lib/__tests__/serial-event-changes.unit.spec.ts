import { eventChangeLines } from "../serial-event-changes"

describe("eventChangeLines", () => {
  it("names each changed field with its old and new value", () => {
    expect(
      eventChangeLines({
        changes: {
          bin_code: { from: "A-01", to: "B-02" },
          lot: { from: null, to: "LOT-9" },
        },
      })
    ).toEqual(["Bin: A-01 → B-02", "Lot: none → LOT-9"])
  })

  it("lists attribute changes per key, skipping unchanged keys", () => {
    expect(
      eventChangeLines({
        changes: {
          attributes: {
            from: { colour: "silver", storage_gb: 128 },
            to: { colour: "silver", storage_gb: 256, sealed: true },
          },
        },
      })
    ).toEqual(["storage_gb: 128 → 256", "sealed: none → true"])
  })

  it("names attributes by their template labels when given", () => {
    expect(
      eventChangeLines(
        { changes: { attributes: { from: { storage_gb: 128 }, to: {} } } },
        { storage_gb: "Storage" }
      )
    ).toEqual(["Storage: 128 → none"])
  })

  it("has nothing to say for events without changes", () => {
    expect(eventChangeLines(null)).toEqual([])
    expect(eventChangeLines({ reverted_event_id: "sev_1" })).toEqual([])
  })
})
