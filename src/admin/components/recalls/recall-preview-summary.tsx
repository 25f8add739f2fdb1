import { Badge, Heading, Table, Text } from "@medusajs/ui"
import type { SerialRecallPreview } from "../../../types/serial-recall"
import { useStockLocations } from "../../hooks/stock-locations"
import { STATUS_LABELS } from "../../lib/serial-labels"

/** What a selector covers: totals, counts per status and per location. */
export const RecallPreviewSummary = ({
  preview,
}: {
  preview: SerialRecallPreview
}) => {
  const { data } = useStockLocations()
  const name = (id: string | null) =>
    id
      ? ((data?.stock_locations ?? []).find((l: any) => l.id === id)?.name ??
        id)
      : "No location"
  const label = (status: string) =>
    (STATUS_LABELS as Record<string, { label: string }>)[status]?.label ??
    status
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap gap-2">
        <Badge size="small">{preview.matched} matched</Badge>
        <Badge size="small" color="orange">
          {preview.blockable} to block
        </Badge>
        <Badge size="small" color="purple">
          {preview.shipped} shipped
        </Badge>
        <Badge size="small" color="blue">
          {preview.customer_count} customer order(s)
        </Badge>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <Heading level="h3" className="mb-1">
            Per status
          </Heading>
          <Table>
            <Table.Body>
              {preview.per_status.map((s) => (
                <Table.Row key={s.status}>
                  <Table.Cell>{label(s.status)}</Table.Cell>
                  <Table.Cell className="text-right">{s.count}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <div>
          <Heading level="h3" className="mb-1">
            Per location
          </Heading>
          {preview.per_location.length ? (
            <Table>
              <Table.Body>
                {preview.per_location.map((l) => (
                  <Table.Row key={`${l.stock_location_id}:${l.status}`}>
                    <Table.Cell>{name(l.stock_location_id)}</Table.Cell>
                    <Table.Cell>{label(l.status)}</Table.Cell>
                    <Table.Cell className="text-right">{l.count}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              No units
            </Text>
          )}
        </div>
      </div>
    </div>
  )
}
