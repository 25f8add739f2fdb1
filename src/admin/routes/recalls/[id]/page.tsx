import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { RecallActions } from "../../../components/recalls/recall-actions"
import { RecallCustomersTable } from "../../../components/recalls/recall-customers-table"
import { RecallPreviewSummary } from "../../../components/recalls/recall-preview-summary"
import { RecallStatusBadge } from "../../../components/recalls/recall-status-badge"
import {
  useRecallCustomers,
  useSerialRecall,
} from "../../../hooks/serial-recalls"
import { formatDate } from "../../../lib/format-date"

const CUSTOMERS_PAGE = 50

/** The criteria of a selector in words. */
function describeSelector(selector: Record<string, any>): string[] {
  const parts: string[] = []
  if (selector.serial_range) parts.push(`serials ${selector.serial_range}`)
  if (selector.lot) parts.push(`lot ${selector.lot}`)
  if (selector.supplier_reference)
    parts.push(`supplier ref. ${selector.supplier_reference}`)
  if (selector.receipt_reference)
    parts.push(`receipt ref. ${selector.receipt_reference}`)
  if (selector.attribute)
    parts.push(`${selector.attribute.key} = ${selector.attribute.value}`)
  if (selector.received_from)
    parts.push(`received from ${formatDate(selector.received_from)}`)
  if (selector.received_to)
    parts.push(`received before ${formatDate(selector.received_to)}`)
  if (selector.serials?.length)
    parts.push(`${selector.serials.length} listed serial(s)`)
  if (selector.inventory_item_ids?.length)
    parts.push(`${selector.inventory_item_ids.length} item(s)`)
  return parts
}

/** One campaign: what it covers, its counts, customers (CSV), apply and close. */
const RecallDetailPage = () => {
  const { id } = useParams() as { id: string }
  const { data, isPending, error } = useSerialRecall(id)
  const [page, setPage] = useState(0)
  const customers = useRecallCustomers(id, {
    limit: CUSTOMERS_PAGE,
    offset: page * CUSTOMERS_PAGE,
  })
  if (isPending)
    return (
      <Container>
        <Text size="small">Loading…</Text>
      </Container>
    )
  if (error || !data) {
    return (
      <Container>
        <Text size="small">
          Recall not found. <Link to="/recalls">Back to recalls</Link>
        </Text>
      </Container>
    )
  }
  const { recall, preview } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3">
        <div className="flex items-center justify-between">
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              <Link to="/recalls">Recalls</Link> /
            </Text>
            <Heading>{recall.name}</Heading>
            {recall.reason && (
              <Text size="small" className="text-ui-fg-subtle">
                {recall.reason}
              </Text>
            )}
          </div>
          <RecallStatusBadge status={recall.status} />
        </div>
        <Text size="small">
          Covers units with{" "}
          {describeSelector(recall.selector as any).join(" and ")}.
        </Text>
        {recall.status !== "draft" && (
          <Text size="small">
            Applied {formatDate(recall.applied_at)}: {recall.matched_count}{" "}
            matched, {recall.blocked_count} blocked, {recall.shipped_count}{" "}
            shipped to customers.
            {recall.status === "closed" &&
              ` Closed ${formatDate(recall.closed_at)} (${recall.disposition === "release" ? "released" : "marked defective"})${recall.close_note ? `: ${recall.close_note}` : ""}.`}
          </Text>
        )}
        <RecallActions recall={recall} blockable={preview.blockable} />
      </Container>
      <Container className="flex flex-col gap-y-2">
        <Heading level="h2">
          {recall.status === "draft" ? "Preview" : "Units today"}
        </Heading>
        <RecallPreviewSummary preview={preview} />
      </Container>
      <Container>
        <RecallCustomersTable
          recallId={recall.id}
          customers={customers.data?.customers ?? data.customers}
          count={customers.data?.count ?? preview.customer_count}
        />
        {(customers.data?.count ?? 0) > CUSTOMERS_PAGE && (
          <div className="mt-2 flex justify-end gap-x-2 text-small">
            <button disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </button>
            <button
              disabled={
                (page + 1) * CUSTOMERS_PAGE >= (customers.data?.count ?? 0)
              }
              onClick={() => setPage(page + 1)}
            >
              Next
            </button>
          </div>
        )}
      </Container>
    </div>
  )
}

export default RecallDetailPage
