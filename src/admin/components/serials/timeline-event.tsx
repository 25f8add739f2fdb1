import { Text, clx } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSerialEvent } from "../../../types/http"
import { formatDateTime } from "../../lib/format-date"
import { eventChangeLines } from "../../lib/serial-event-changes"
import { EVENT_LABELS } from "../../lib/serial-event-labels"
import { STATUS_LABELS } from "../../lib/serial-labels"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"

interface TimelineEventProps {
  event: AdminSerialEvent
  /** Who caused it, already resolved to a name (user email, "System", ...). */
  actor: string
  /** The name of the event's stock location, if it has one. */
  locationName?: string | null
  /** Template labels of attribute keys, for attribute changes. */
  attributeLabels?: Record<string, string>
  /** The last entry draws no line below its dot. */
  isLast: boolean
  /** Who the order it names went to (the trace shows it), if known. */
  customer?: string | null
}

const statusLabel = (s: string | null) =>
  s ? (STATUS_LABELS[s as keyof typeof STATUS_LABELS]?.label ?? s) : null

/** One entry of a unit's timeline: what, from→to, who, when, where, note and the order it names. */
export const TimelineEvent = ({
  event,
  actor,
  locationName,
  attributeLabels,
  isLast,
  customer,
}: TimelineEventProps) => {
  const from = statusLabel(event.from_status)
  const to = statusLabel(event.to_status)
  const changes = eventChangeLines(event.data, attributeLabels)
  const orderLink = (children: React.ReactNode) => (
    <Link to={`/orders/${event.order_id}`} className={linkClass}>
      {children}
    </Link>
  )
  const meta = [actor, locationName].filter(Boolean) as string[]

  return (
    <li className="grid grid-cols-[20px_1fr] items-start gap-2">
      <div className="flex size-full flex-col items-center gap-y-0.5">
        <div className="flex size-5 items-center justify-center">
          <div className="bg-ui-bg-base shadow-borders-base flex size-2.5 items-center justify-center rounded-full">
            <div className="bg-ui-tag-neutral-icon size-1.5 rounded-full" />
          </div>
        </div>
        {!isLast && <div className="bg-ui-border-base w-px flex-1" />}
      </div>
      <div
        className={clx("flex min-w-0 flex-col gap-y-0.5", !isLast && "pb-4")}
      >
        <div className="flex items-start justify-between gap-x-2">
          <Text size="small" weight="plus" leading="compact">
            {EVENT_LABELS[event.type] ?? event.type}
          </Text>
          <Text
            size="small"
            leading="compact"
            className="text-ui-fg-subtle shrink-0 text-right"
          >
            <time dateTime={String(event.created_at)}>
              {formatDateTime(event.created_at)}
            </time>
          </Text>
        </div>
        {to && from !== to && (
          <Text size="small" className="text-ui-fg-subtle">
            {from ? `${from} → ${to}` : to}
          </Text>
        )}
        {meta.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {meta.join(" · ")}
          </Text>
        )}
        {event.order_id && (
          <Text size="small" className="text-ui-fg-subtle break-all">
            {orderLink(
              event.order_display_id
                ? `Order #${event.order_display_id}`
                : `Order ${event.order_id}`
            )}
            {event.fulfillment_id && (
              <>
                {" · Fulfillment "}
                {orderLink(event.fulfillment_id)}
              </>
            )}
            {event.return_id && (
              <>
                {" · Return "}
                {orderLink(event.return_id)}
              </>
            )}
            {customer && ` · ${customer}`}
          </Text>
        )}
        {changes.map((line) => (
          <Text
            key={line}
            size="small"
            className="text-ui-fg-subtle break-words"
          >
            {line}
          </Text>
        ))}
        {event.note && (
          <Text
            size="small"
            className="text-ui-fg-base bg-ui-bg-subtle mt-1 whitespace-pre-line break-words rounded-md px-2 py-1"
          >
            {event.note}
          </Text>
        )}
      </div>
    </li>
  )
}
