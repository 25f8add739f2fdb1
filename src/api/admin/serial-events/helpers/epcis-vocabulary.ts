import { SerialEventType } from "../../../../types/serial-event-type"

/** How one event type reads in EPCIS 2.0 (CBV 2.0 short names, as the JSON-LD context defines them). */
export interface EpcisEventVocabulary {
  action: "ADD" | "OBSERVE" | "DELETE"
  bizStep: string
  /** Fixed disposition; without one it follows the unit's new status. */
  disposition?: string
  /** The unit left the location (no `bizLocation`, only the `readPoint`). */
  departed?: boolean
}

/**
 * Per event type. `ADD` where the unit enters the store's records (a
 * receipt), `DELETE` where it leaves them for good (`scrapped`, should the
 * type exist), `OBSERVE` for everything else.
 */
export const EPCIS_EVENT_VOCABULARY: Record<string, EpcisEventVocabulary> = {
  [SerialEventType.RECEIVED]: { action: "ADD", bizStep: "receiving" },
  [SerialEventType.ALLOCATED]: { action: "OBSERVE", bizStep: "other" },
  [SerialEventType.RESERVED]: { action: "OBSERVE", bizStep: "other" },
  [SerialEventType.RELEASED]: { action: "OBSERVE", bizStep: "other" },
  [SerialEventType.PICKED]: {
    action: "OBSERVE",
    bizStep: "picking",
    disposition: "in_progress",
  },
  [SerialEventType.SHIPPED]: {
    action: "OBSERVE",
    bizStep: "shipping",
    disposition: "in_transit",
    departed: true,
  },
  [SerialEventType.DELIVERED]: {
    action: "OBSERVE",
    bizStep: "accepting",
    disposition: "retail_sold",
    departed: true,
  },
  [SerialEventType.SOLD]: {
    action: "OBSERVE",
    bizStep: "retail_selling",
    disposition: "retail_sold",
    departed: true,
  },
  [SerialEventType.RETURNED]: {
    action: "OBSERVE",
    bizStep: "receiving",
    disposition: "returned",
  },
  [SerialEventType.RESTOCKED]: { action: "OBSERVE", bizStep: "storing" },
  [SerialEventType.MARKED_DEFECTIVE]: {
    action: "OBSERVE",
    bizStep: "inspecting",
    disposition: "damaged",
  },
  [SerialEventType.MOVED]: { action: "OBSERVE", bizStep: "storing" },
  [SerialEventType.CONDITION_CHANGED]: {
    action: "OBSERVE",
    bizStep: "inspecting",
  },
  [SerialEventType.ADJUSTED]: { action: "OBSERVE", bizStep: "cycle_counting" },
  scrapped: {
    action: "DELETE",
    bizStep: "destroying",
    disposition: "destroyed",
  },
}

/** Any other type (notes, photos, attribute edits, reverts). */
const OTHER: EpcisEventVocabulary = { action: "OBSERVE", bizStep: "other" }

/** CBV disposition of a unit in each status. */
export const EPCIS_STATUS_DISPOSITION: Record<string, string> = {
  in_stock: "sellable_not_accessible",
  reserved: "reserved",
  sold: "retail_sold",
  returned: "returned",
  defective: "damaged",
}

/** The EPCIS reading of an event type and the status it led to. */
export function epcisVocabulary(
  type: string,
  toStatus: string | null
): EpcisEventVocabulary {
  const entry = EPCIS_EVENT_VOCABULARY[type] ?? OTHER
  const disposition =
    entry.disposition ??
    (toStatus ? EPCIS_STATUS_DISPOSITION[toStatus] : undefined)
  return { ...entry, ...(disposition ? { disposition } : {}) }
}
