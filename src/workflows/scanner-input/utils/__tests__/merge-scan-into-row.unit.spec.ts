import { SerialErrorCode } from "../../../../types/error-codes"
import { parseScan } from "../../../../modules/serial-inventory/utils"
import { mergeScanIntoRow } from "../merge-scan-into-row"

const GTIN = "09506000134352"
const GS = "\u001d"
const row = { serial: "", inventory_item_id: "iitem_1" }

describe("mergeScanIntoRow", () => {
  it("takes serial, lot and expiry (into metadata.gs1_expiry) from the scan", () => {
    const scan = parseScan(`]C101${GTIN}21SN-1${GS}10L-7${GS}17261200`)
    expect(
      mergeScanIntoRow({ ...row, metadata: { note: "pallet 4" } }, scan)
    ).toEqual({
      row: {
        ...row,
        serial: "SN-1",
        lot: "L-7",
        metadata: { note: "pallet 4", gs1_expiry: "2026-12-31" },
      },
    })
  })

  it("keeps the row's own lot and metadata when the scan agrees or has none", () => {
    const given = {
      ...row,
      lot: " L-7 ",
      metadata: { gs1_expiry: "2026-12-31" },
    }
    const scan = parseScan(`]C101${GTIN}21SN-1${GS}10L-7${GS}17261231`)
    expect(mergeScanIntoRow(given, scan)).toEqual({
      row: { ...given, serial: "SN-1", lot: "L-7" },
    })
    expect(mergeScanIntoRow(given, parseScan(`(01)${GTIN}(21)SN-2`))).toEqual({
      row: { ...given, serial: "SN-2" },
    })
  })

  it.each([
    [{ lot: "L-8" }, 'lot "L-8" differs from the scanned lot (10) "L-7"'],
    [
      { metadata: { gs1_expiry: "2027-01-01" } },
      'metadata.gs1_expiry "2027-01-01" differs from the scanned expiry (17) 2026-12-31',
    ],
  ])("refuses a row that contradicts its scan (%j)", (given, message) => {
    const scan = parseScan(`]C101${GTIN}21SN-1${GS}10L-7${GS}17261231`)
    expect(mergeScanIntoRow({ ...row, ...given }, scan)).toEqual({
      problem: { code: SerialErrorCode.SCAN_CONFLICT, message },
    })
  })
})
