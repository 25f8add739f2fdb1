import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import type { AdminSerialTraceOrder } from "../../../types/http"
import { formatDate } from "../../lib/format-date"
import { STAGE_LABELS } from "../../lib/serial-labels"
import { OrderLink } from "./trace-link"

const DISPOSITION_LABELS = {
  restock: { label: "Restocked", color: "green" },
  defective: { label: "Defective", color: "red" },
} as const

/** Every order line the unit was on, oldest first: customer, stage, dates, return and disposition. */
export const UnitTraceOrders = ({
  orders,
}: {
  orders: AdminSerialTraceOrder[]
}) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">Orders</Heading>
      <Text size="small" className="text-ui-fg-muted">
        {orders.length} order line{orders.length === 1 ? "" : "s"}
      </Text>
    </div>
    {orders.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Line</Table.HeaderCell>
            <Table.HeaderCell>Stage</Table.HeaderCell>
            <Table.HeaderCell>Shipped</Table.HeaderCell>
            <Table.HeaderCell>Returned</Table.HeaderCell>
            <Table.HeaderCell>Disposition</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {orders.map((o) => (
            <Table.Row key={o.allocation_id}>
              <Table.Cell>
                <span className="flex items-center gap-x-2">
                  <OrderLink orderId={o.order_id} displayId={o.display_id} />
                  {o.resale && (
                    <Badge size="2xsmall" color="blue">
                      Resale
                    </Badge>
                  )}
                </span>
              </Table.Cell>
              <Table.Cell>{o.email ?? "-"}</Table.Cell>
              <Table.Cell>{o.line_item_title ?? o.line_item_id}</Table.Cell>
              <Table.Cell>{STAGE_LABELS[o.stage] ?? o.stage}</Table.Cell>
              <Table.Cell>{formatDate(o.shipped_at)}</Table.Cell>
              <Table.Cell>{formatDate(o.returned_at)}</Table.Cell>
              <Table.Cell>
                {o.disposition ? (
                  <Badge
                    size="2xsmall"
                    color={DISPOSITION_LABELS[o.disposition].color}
                  >
                    {DISPOSITION_LABELS[o.disposition].label}
                  </Badge>
                ) : (
                  "-"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          The unit has never been on an order.
        </Text>
      </div>
    )}
  </Container>
)
