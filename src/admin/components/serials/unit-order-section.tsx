import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSerialEvent } from "../../../types/http"
import { useOrderSerialNumbers } from "../../hooks/order-serial-numbers"
import { STAGE_LABELS } from "../../lib/serial-labels"
import { SectionRow } from "./section-row"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"

const CLOSED = ["returned", "released"]

/** The order the unit's latest order event names (null: it was never on one). */
export function latestOrderEvent(
  events: AdminSerialEvent[] | undefined
): AdminSerialEvent | null {
  return [...(events ?? [])].reverse().find((e) => e.order_id) ?? null
}

/** The unit's line on the order, from the order's serial view: stage, fulfillment, return. */
const OrderDetails = ({
  unitId,
  event,
}: {
  unitId: string
  event: AdminSerialEvent
}) => {
  const orderId = event.order_id!
  const { data, isLoading } = useOrderSerialNumbers(orderId)
  const lines = data?.lines ?? []
  const mine = lines.flatMap((line) =>
    line.inventory_items.flatMap((item) =>
      item.units.filter((u) => u.id === unitId).map((unit) => ({ line, unit }))
    )
  )
  // A unit can have had several allocations on one order: an open one wins.
  const current =
    mine.find((m) => !CLOSED.includes(m.unit.stage)) ?? mine[mine.length - 1]
  const displayId = data?.display_id ?? event.order_display_id
  const fulfillmentId = current?.unit.fulfillment_id ?? event.fulfillment_id
  const returnId = current?.unit.return_id ?? event.return_id

  return (
    <>
      <SectionRow label="Order">
        <Link to={`/orders/${orderId}`} className={linkClass}>
          {displayId ? `#${displayId}` : orderId}
        </Link>
      </SectionRow>
      <SectionRow label="Line">
        {isLoading ? (
          <Skeleton className="h-4 w-32" />
        ) : (
          current &&
          [current.line.title, current.line.sku].filter(Boolean).join(" · ")
        )}
      </SectionRow>
      <SectionRow label="Stage">
        {isLoading ? (
          <Skeleton className="h-4 w-20" />
        ) : (
          current && STAGE_LABELS[current.unit.stage]
        )}
      </SectionRow>
      <SectionRow label="Fulfillment">
        {fulfillmentId && (
          <Link to={`/orders/${orderId}`} className={`${linkClass} break-all`}>
            {fulfillmentId}
          </Link>
        )}
      </SectionRow>
      {returnId && (
        <SectionRow label="Return">
          <Link to={`/orders/${orderId}`} className={`${linkClass} break-all`}>
            {returnId}
          </Link>
        </SectionRow>
      )}
    </>
  )
}

/** Which order and fulfillment the unit belongs to, if any. */
export const UnitOrderSection = ({
  unitId,
  events,
}: {
  unitId: string
  events?: AdminSerialEvent[]
}) => {
  const event = latestOrderEvent(events)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Order</Heading>
      </div>
      {event ? (
        <OrderDetails unitId={unitId} event={event} />
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            This unit has not been on an order.
          </Text>
        </div>
      )}
    </Container>
  )
}
