import { useState } from "react"
import { readScan } from "../../../modules/serial-inventory/utils/read-scan"
import { useCreateSerialNumbers } from "../../hooks/serial-numbers"
import { errorMessage } from "../../lib/sdk"
import { LocationSelect } from "../location-select"
import { ScanInput } from "../scan-input"

/**
 * Receives units of an item one scan at a time: choose the location once,
 * then every Enter (or every pasted line) adds one unit. The outcome of the
 * last scan shows under the field; nothing pops up.
 */
export const AddUnits = ({ inventoryItemId }: { inventoryItemId: string }) => {
  const create = useCreateSerialNumbers()
  const [locationId, setLocationId] = useState<string>("")
  const [added, setAdded] = useState(0)

  // A GS1 scan is sent as scanned: the server reads serial, lot and expiry and checks the GTIN.
  const onScan = async (scanned: string) => {
    const reading = readScan(scanned)
    const serial = "scan" in reading ? reading.scan.serial : scanned
    try {
      await create.mutateAsync([
        {
          serial: scanned,
          inventory_item_id: inventoryItemId,
          ...(locationId ? { stock_location_id: locationId } : {}),
        },
      ])
      setAdded((n) => n + 1)
      return { ok: true, message: `Added ${serial}` }
    } catch (e) {
      return { ok: false, message: `${serial}: ${errorMessage(e)}` }
    }
  }

  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      <LocationSelect value={locationId} onChange={setLocationId} />
      <ScanInput
        label="Add units"
        placeholder="Scan or type a serial, Enter adds it"
        hint={
          added
            ? `${added} added in this session`
            : "Paste several lines to add several units"
        }
        onScan={onScan}
      />
    </div>
  )
}
