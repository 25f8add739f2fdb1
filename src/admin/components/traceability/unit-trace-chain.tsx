import { Container, Heading, Text } from "@medusajs/ui"
import type { AdminSerialTraceEvent } from "../../../types/http"
import { useAdminUsers } from "../../hooks/admin-users"
import { useStockLocations } from "../../hooks/stock-locations"
import { TimelineEvent } from "../serials/timeline-event"

/** The unit's events as one chain, oldest first, each order event with its customer. */
export const UnitTraceChain = ({
  events,
}: {
  events: AdminSerialTraceEvent[]
}) => {
  const users = useAdminUsers(
    events
      .filter((e) => e.actor_type === "user" && e.actor_id)
      .map((e) => e.actor_id!)
  )
  const locations = useStockLocations()
  const actorName = (e: AdminSerialTraceEvent) => {
    if (e.actor_type === "system") return "System"
    if (e.actor_type === "customer") return "Customer"
    const user = users.data?.users.find((u) => u.id === e.actor_id)
    const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ")
    return name || user?.email || e.actor_id || "A user"
  }
  const locationName = (id: string | null) =>
    id
      ? (locations.data?.stock_locations.find((l) => l.id === id)?.name ?? id)
      : null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chain</Heading>
        <Text size="small" className="text-ui-fg-muted">
          {events.length} event{events.length === 1 ? "" : "s"}, oldest first
        </Text>
      </div>
      <ol className="px-6 py-4" aria-label="Chain, oldest first">
        {events.map((event, i) => (
          <TimelineEvent
            key={event.id}
            event={event}
            actor={actorName(event)}
            locationName={locationName(event.stock_location_id)}
            customer={event.order_email}
            isLast={i === events.length - 1}
          />
        ))}
      </ol>
    </Container>
  )
}
