import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { RecallCreateModal } from "../../components/recalls/recall-create-modal"
import { RecallStatusBadge } from "../../components/recalls/recall-status-badge"
import { useSerialRecalls } from "../../hooks/serial-recalls"
import { formatDate } from "../../lib/format-date"

const PAGE_SIZE = 20

/** Recall campaigns: the list (newest first) and a New recall form with preview. */
const RecallsPage = () => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const [page, setPage] = useState(0)
  const { data, isPending } = useSerialRecalls({
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const recalls = data?.recalls ?? []
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Recalls</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Block units by serial range, lot, reference, attribute, date or
            list, and reach the customers who received them
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setCreating(true)}
        >
          New recall
        </Button>
      </div>
      <div className="px-6 py-4">
        {isPending ? (
          <Text size="small">Loading…</Text>
        ) : recalls.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Matched</Table.HeaderCell>
                <Table.HeaderCell>Blocked</Table.HeaderCell>
                <Table.HeaderCell>Shipped</Table.HeaderCell>
                <Table.HeaderCell>Created</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {recalls.map((r) => (
                <Table.Row
                  key={r.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/recalls/${r.id}`)}
                >
                  <Table.Cell>{r.name}</Table.Cell>
                  <Table.Cell>
                    <RecallStatusBadge status={r.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {r.status === "draft" ? "-" : r.matched_count}
                  </Table.Cell>
                  <Table.Cell>
                    {r.status === "draft" ? "-" : r.blocked_count}
                  </Table.Cell>
                  <Table.Cell>
                    {r.status === "draft" ? "-" : r.shipped_count}
                  </Table.Cell>
                  <Table.Cell>{formatDate(r.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No recall campaigns yet.
          </Text>
        )}
        {count > PAGE_SIZE && (
          <div className="mt-3 flex items-center justify-end gap-x-2">
            <Button
              size="small"
              variant="transparent"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              Previous
            </Button>
            <Button
              size="small"
              variant="transparent"
              disabled={(page + 1) * PAGE_SIZE >= count}
              onClick={() => setPage(page + 1)}
            >
              Next
            </Button>
          </div>
        )}
      </div>
      <RecallCreateModal open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Recalls",
  icon: ExclamationCircle,
})

export default RecallsPage
