import type { SerialEventGroup } from "../../../../types/serial-event-export"
import { locationUri, transactionUri, unitEpc } from "./epc-identifiers"
import { epcisVocabulary } from "./epcis-vocabulary"

/** The JSON-LD context of an export: EPCIS 2.0's, plus `msi:` for the plugin's own event type. */
export const EPCIS_CONTEXT = [
  "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
  { msi: "urn:medusa-serial-inventory:epcis:" },
]

/**
 * An event group as one EPCIS 2.0 `ObjectEvent`: every unit's EPC, the
 * action, CBV business step and disposition of the type, the stock location
 * as `readPoint` and (unless the units left it) `bizLocation`, and the
 * order (`po`), fulfillment (`desadv`) and return (`rma`) as business
 * transactions. Timestamps are stored in UTC: `eventTimeZoneOffset` is
 * `+00:00`.
 */
export function epcisObjectEvent(
  group: SerialEventGroup,
  gtinOf: (inventoryItemId: string) => string | null,
  base: string
): Record<string, unknown> {
  const vocabulary = epcisVocabulary(group.type, group.to_status)
  const location = group.stock_location_id
    ? { id: locationUri(base, group.stock_location_id) }
    : null
  const transactions = [
    ["po", "orders", group.order_id],
    ["desadv", "fulfillments", group.fulfillment_id],
    ["rma", "returns", group.return_id],
  ]
    .filter(([, , id]) => id)
    .map(([type, kind, id]) => ({
      type,
      bizTransaction: transactionUri(base, kind!, id!),
    }))
  return {
    type: "ObjectEvent",
    eventID: `${base}/serial-events/${encodeURIComponent(group.first_event_id)}`,
    eventTime: new Date(group.event_time).toISOString(),
    eventTimeZoneOffset: "+00:00",
    epcList: group.serials.map((serial, i) =>
      unitEpc(serial, gtinOf(group.inventory_item_ids[i]), base)
    ),
    action: vocabulary.action,
    bizStep: vocabulary.bizStep,
    ...(vocabulary.disposition && { disposition: vocabulary.disposition }),
    ...(location && { readPoint: location }),
    ...(location && !vocabulary.departed && { bizLocation: location }),
    ...(transactions.length && { bizTransactionList: transactions }),
    "msi:eventType": group.type,
  }
}
