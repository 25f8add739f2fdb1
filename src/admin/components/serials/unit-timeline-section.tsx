import { Container, Heading, Text } from "@medusajs/ui"
import type { AdminSerialEvent, AdminSerialTemplate } from "../../../types/http"
import { useAdminUsers } from "../../hooks/admin-users"
import { useStockLocations } from "../../hooks/stock-locations"
import { TimelineEvent } from "./timeline-event"

/** The unit's whole lifecycle, newest first, with who did what, when and where. */
export const UnitTimelineSection = ({
  events,
  template,
}: {
  events?: AdminSerialEvent[]
  /** The unit's template, to name attributes by their labels. */
  template?: AdminSerialTemplate | null
}) => {
  const attributeLabels = Object.fromEntries(
    (template?.attributes ?? []).map((d) => [d.key, d.label || d.key])
  )
  const all = [...(events ?? [])].reverse()
  const userIds = all
    .filter((e) => e.actor_type === "user" && e.actor_id)
    .map((e) => e.actor_id!)
  const users = useAdminUsers(userIds)
  const locations = useStockLocations()

  const actorName = (e: AdminSerialEvent) => {
    if (e.actor_type === "system") return "System"
    if (e.actor_type === "customer")
      return e.actor_id ? `Customer ${e.actor_id}` : "Customer"
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
        <Heading level="h2">Timeline</Heading>
        <Text size="small" className="text-ui-fg-muted">
          {all.length} event{all.length === 1 ? "" : "s"}
        </Text>
      </div>
      {all.length ? (
        <ol className="px-6 py-4" aria-label="Timeline, newest first">
          {all.map((event, i) => (
            <TimelineEvent
              key={event.id}
              event={event}
              actor={actorName(event)}
              locationName={locationName(event.stock_location_id)}
              attributeLabels={attributeLabels}
              isLast={i === all.length - 1}
            />
          ))}
        </ol>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No events recorded.
          </Text>
        </div>
      )}
    </Container>
  )
}
