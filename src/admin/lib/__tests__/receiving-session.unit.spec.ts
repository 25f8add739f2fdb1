import {
  addScans,
  applyChecks,
  emptySession,
  receivableSerials,
  removeScan,
  sessionCounts,
} from "../receiving-session"

describe("receiving session", () => {
  it("flags a repeat at once and leaves the rest to the server's check", () => {
    const { session, added } = addScans(emptySession(), [
      "SN-1",
      "SN-2",
      " sn-1 ",
    ])
    expect(added.map((e) => [e.n, e.state])).toEqual([
      [1, "checking"],
      [2, "checking"],
      [3, "repeated"],
    ])
    expect(added[2].message).toBe("scanned twice (first as #1)")
    expect(sessionCounts(session)).toEqual({
      scanned: 3,
      receivable: 0,
      checking: 2,
      problems: 1,
    })
  })

  it("takes the server's verdicts and receives only new serials", () => {
    let { session } = addScans(emptySession(), ["SN-1", "SN-2", "SN-3"])
    session = applyChecks(session, [
      { n: 1, check: { serial: "SN-1", outcome: "new" } },
      {
        n: 2,
        check: {
          serial: "SN-2",
          outcome: "exists",
          message: "already a unit of this item (in_stock)",
        },
      },
    ])
    expect(session.entries.map((e) => e.state)).toEqual([
      "new",
      "exists",
      "checking",
    ])
    expect(receivableSerials(session)).toEqual(["SN-1"])
    expect(sessionCounts(session)).toMatchObject({
      receivable: 1,
      problems: 1,
      checking: 1,
    })
  })

  it("forgets a removed scan, so the serial can be scanned again", () => {
    let { session } = addScans(emptySession(), ["A", "B"])
    session = removeScan(session, 1)
    const again = addScans(session, ["a"])
    expect(again.added[0]).toMatchObject({ n: 3, state: "checking" })
    expect(again.session.entries.map((e) => e.serial)).toEqual(["B", "a"])
  })

  it("takes the serial the server read from a GS1 scan, and flags it if already scanned", () => {
    let { session } = addScans(emptySession(), [
      "SN-9",
      "]C1010950600013435521SN-9",
    ])
    session = applyChecks(session, [
      { n: 1, check: { serial: "SN-9", outcome: "new" } },
      {
        n: 2,
        check: {
          serial: "SN-9",
          input: "]C1010950600013435521SN-9",
          outcome: "new",
        },
      },
    ])
    expect(session.entries.map((e) => [e.serial, e.state])).toEqual([
      ["SN-9", "new"],
      ["SN-9", "repeated"],
    ])
    expect(receivableSerials(session)).toEqual(["SN-9"])
  })
})
