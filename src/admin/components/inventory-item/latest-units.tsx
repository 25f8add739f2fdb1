import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSerialNumber } from "../../../types/http"
import { SerialStatusBadge } from "../serial-status-badge"

const date = (value: unknown) =>
  value ? new Date(String(value)).toLocaleDateString() : "-"

/** The most recently received units of an item, each linking to its unit page. */
export const LatestUnits = ({ units }: { units: AdminSerialNumber[] }) => {
  if (!units.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No units yet. Scan or type a serial below to add the first one.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Serial</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Location</Table.HeaderCell>
          <Table.HeaderCell>Received</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {units.map((u) => (
          <Table.Row key={u.id}>
            <Table.Cell>
              <Link
                to={`/serials/${u.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
              >
                {u.serial}
              </Link>
            </Table.Cell>
            <Table.Cell>
              <SerialStatusBadge status={u.status} />
            </Table.Cell>
            <Table.Cell>{u.stock_location?.name ?? "-"}</Table.Cell>
            <Table.Cell>{date(u.received_at ?? u.created_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
