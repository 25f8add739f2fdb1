import { Badge, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import type { AdminSerialTraceabilityResponse } from "../../../types/http"
import { useSerialTraceability } from "../../hooks/serial-traceability"
import { formatDate } from "../../lib/format-date"
import { errorMessage } from "../../lib/sdk"
import { STATUS_LABELS } from "../../lib/serial-labels"
import {
  TRACE_PAGE_SIZE,
  TRACE_SEARCH_KINDS,
} from "../../lib/traceability-search"
import { OrderLink, TraceLink } from "./trace-link"

const Header = ({ title, note }: { title: string; note: string }) => (
  <div className="flex items-center justify-between px-6 py-4">
    <Heading level="h2">{title}</Heading>
    <Text size="small" className="text-ui-fg-muted">
      {note}
    </Text>
  </div>
)

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** The set's units per status. */
const UnitCounts = ({ data }: { data: AdminSerialTraceabilityResponse }) => (
  <Container className="divide-y p-0">
    <Header title="Units" note={plural(data.units.count, "unit")} />
    <div className="flex flex-wrap gap-2 px-6 py-4">
      {Object.entries(data.units.per_status).map(([status, count]) => (
        <Badge key={status} size="small" color={count ? "blue" : "grey"}>
          {STATUS_LABELS[status as keyof typeof STATUS_LABELS]?.label ?? status}
          : {count}
        </Badge>
      ))}
    </div>
  </Container>
)

/** A page of the orders that received units of the set, each unit linking to its page. */
const RecipientOrders = ({
  data,
  onPage,
}: {
  data: AdminSerialTraceabilityResponse
  onPage: (offset: number) => void
}) => {
  const last = Math.min(data.offset + data.orders.length, data.count)
  return (
    <Container className="divide-y p-0">
      <Header title="Orders" note={plural(data.count, "order")} />
      {data.orders.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Shipped</Table.HeaderCell>
              <Table.HeaderCell>Units</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.orders.map((o) => (
              <Table.Row key={o.order_id}>
                <Table.Cell>
                  <OrderLink orderId={o.order_id} displayId={o.display_id} />
                </Table.Cell>
                <Table.Cell>{o.email ?? "-"}</Table.Cell>
                <Table.Cell>{formatDate(o.shipped_at)}</Table.Cell>
                <Table.Cell className="whitespace-normal py-2">
                  <span className="flex flex-wrap gap-x-2 gap-y-1">
                    {o.serial_numbers.map((u) => (
                      <span key={`${u.id}-${u.shipped_at}`}>
                        <TraceLink to={`/serials/${u.id}`}>
                          {u.serial}
                        </TraceLink>
                        {u.stage === "returned" && (
                          <Text
                            as="span"
                            size="xsmall"
                            className="text-ui-fg-muted"
                          >
                            {" "}
                            (returned)
                          </Text>
                        )}
                      </span>
                    ))}
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No unit of this set has shipped on an order.
          </Text>
        </div>
      )}
      {data.count > data.limit && (
        <Table.Pagination
          count={data.count}
          pageSize={data.limit}
          pageIndex={Math.floor(data.offset / data.limit)}
          pageCount={Math.ceil(data.count / data.limit)}
          canPreviousPage={data.offset > 0}
          canNextPage={last < data.count}
          previousPage={() => onPage(Math.max(0, data.offset - data.limit))}
          nextPage={() => onPage(data.offset + data.limit)}
        />
      )}
    </Container>
  )
}

/** Every distinct customer who received units of the set. */
const RecipientCustomers = ({
  data,
}: {
  data: AdminSerialTraceabilityResponse
}) => (
  <Container className="divide-y p-0">
    <Header
      title="Customers"
      note={plural(data.customers.length, "customer")}
    />
    {data.customers.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.customers.map((c) => (
            <Table.Row key={c.customer_id ?? c.email ?? ""}>
              <Table.Cell>
                {c.customer_id ? (
                  <TraceLink to={`/customers/${c.customer_id}`}>
                    {c.email ?? c.customer_id}
                  </TraceLink>
                ) : (
                  (c.email ?? "-")
                )}
              </Table.Cell>
              <Table.Cell className="text-right">{c.order_count}</Table.Cell>
              <Table.Cell className="text-right">{c.unit_count}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          No customer has received a unit of this set.
        </Text>
      </div>
    )}
  </Container>
)

/** Who received units of a lot, supplier or receipt reference, or attribute value. */
export const SetTrace = ({
  kind,
  value,
  offset,
  onPage,
}: {
  kind: string
  value: string
  offset: number
  onPage: (offset: number) => void
}) => {
  const { data, error } = useSerialTraceability({
    [kind]: value,
    limit: TRACE_PAGE_SIZE,
    offset,
  })
  const label = TRACE_SEARCH_KINDS.find((k) => k.value === kind)?.label ?? kind
  if (error) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
      </Container>
    )
  }
  if (!data) {
    return (
      <Container className="flex flex-col gap-2 px-6 py-4">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-72" />
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Text size="small" className="text-ui-fg-subtle px-1">
        {label} <span className="text-ui-fg-base font-medium">{value}</span>
      </Text>
      <UnitCounts data={data} />
      <div className="flex flex-col gap-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px] xl:items-start">
        <RecipientOrders data={data} onPage={onPage} />
        <RecipientCustomers data={data} />
      </div>
    </div>
  )
}
