import { Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { SerialRecallCustomerRow } from "../../../types/serial-recall"
import { formatDate } from "../../lib/format-date"
import { errorMessage } from "../../lib/sdk"
import { useDownloadRecallCustomers } from "../../hooks/serial-recalls"

/** The customers a recall reaches: order, email, ship date, serials; CSV download of all of them. */
export const RecallCustomersTable = ({
  customers,
  count,
  recallId,
  title = "Affected customers",
}: {
  customers: SerialRecallCustomerRow[]
  count: number
  recallId?: string
  title?: string
}) => {
  const csv = useDownloadRecallCustomers()
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between">
        <Heading level="h2">
          {title} ({count})
        </Heading>
        {recallId && count > 0 && (
          <Button
            size="small"
            variant="secondary"
            isLoading={csv.isPending}
            onClick={() =>
              csv.mutate(recallId, {
                onError: (e) => toast.error(errorMessage(e)),
              })
            }
          >
            Download CSV
          </Button>
        )}
      </div>
      {customers.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Shipped</Table.HeaderCell>
              <Table.HeaderCell>Serials</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {customers.map((c) => (
              <Table.Row key={c.order_id}>
                <Table.Cell>
                  <Link
                    to={`/orders/${c.order_id}`}
                    className="text-ui-fg-interactive"
                  >
                    #{c.display_id ?? c.order_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{c.email ?? "-"}</Table.Cell>
                <Table.Cell>
                  {c.shipped_at ? formatDate(c.shipped_at) : "-"}
                </Table.Cell>
                <Table.Cell>
                  {c.serials.join(", ")}
                  {c.unit_count > c.serials.length
                    ? ` (+${c.unit_count - c.serials.length})`
                    : ""}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          No matched unit has shipped to a customer.
        </Text>
      )}
      {count > customers.length && (
        <Text size="small" className="text-ui-fg-subtle">
          Showing {customers.length} of {count}; the CSV has all of them.
        </Text>
      )}
    </div>
  )
}
