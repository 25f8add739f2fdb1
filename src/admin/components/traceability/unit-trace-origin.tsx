import { Container, Heading } from "@medusajs/ui"
import type { AdminSerialTraceReceipt } from "../../../types/http"
import { formatDate, formatDateTime } from "../../lib/format-date"
import { SectionRow } from "../serials/section-row"

/** Where the unit came from: receipt and supplier references, lot, location, date, manifest. */
export const UnitTraceOrigin = ({
  receipt,
}: {
  receipt: AdminSerialTraceReceipt
}) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Origin</Heading>
    </div>
    <SectionRow label="Receipt reference">
      {receipt.receipt_reference}
    </SectionRow>
    <SectionRow label="Supplier reference">
      {receipt.supplier_reference}
    </SectionRow>
    <SectionRow label="Lot">{receipt.lot}</SectionRow>
    <SectionRow label="Received at">
      {receipt.stock_location_name ?? receipt.stock_location_id}
    </SectionRow>
    <SectionRow label="Received on">
      {receipt.received_at ? formatDate(receipt.received_at) : null}
    </SectionRow>
    <SectionRow label="Manifest">
      {receipt.manifest
        ? [
            receipt.manifest.reference ?? receipt.manifest.id,
            receipt.manifest.supplier_reference,
            receipt.manifest.confirmed_at
              ? `confirmed ${formatDateTime(receipt.manifest.confirmed_at)}`
              : receipt.manifest.status,
          ]
            .filter(Boolean)
            .join(" · ")
        : null}
    </SectionRow>
  </Container>
)
