import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminOrderLineSerialNumbers } from "../../../types/http"
import { STAGE_LABELS } from "../../lib/serial-labels"
import { SerialStatusBadge } from "../serial-status-badge"

const short = (id: string | null) => (id ? `…${id.slice(-6)}` : null)

/** One order line: its units (status, stage, fulfillment, return) and what it still lacks. */
export const OrderLineUnits = ({
  line,
}: {
  line: AdminOrderLineSerialNumbers
}) => {
  const tracked = line.inventory_items.filter(
    (ii) => ii.tracking_mode !== "none"
  )
  const units = tracked.flatMap((ii) => ii.units)
  const missing = tracked.reduce((n, ii) => n + ii.missing, 0)
  return (
    <div
      className="flex flex-col gap-y-2 px-6 py-4"
      data-testid={`order-line-${line.line_item_id}`}
    >
      <div className="flex items-start justify-between gap-x-4">
        <div>
          <Text size="small" weight="plus">
            {line.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {[line.sku, `Qty ${line.quantity}`].filter(Boolean).join(" · ")}
          </Text>
        </div>
        {!tracked.length ? (
          <Badge size="2xsmall">Not tracked</Badge>
        ) : missing > 0 ? (
          <Badge size="2xsmall" color="orange">
            Lacks {missing} unit{missing === 1 ? "" : "s"}
          </Badge>
        ) : (
          <Badge size="2xsmall" color="green">
            Units assigned
          </Badge>
        )}
      </div>
      {units.length > 0 && (
        <ul className="flex flex-col gap-y-1">
          {units.map((u) => (
            <li
              key={u.allocation_id}
              className="txt-compact-small grid grid-cols-[minmax(0,1.2fr)_auto_auto_minmax(0,1fr)] items-center gap-x-3"
            >
              <Link
                to={`/serials/${u.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate font-mono"
              >
                {u.serial}
              </Link>
              <SerialStatusBadge status={u.status} />
              <Badge
                size="2xsmall"
                color={u.stage === "released" ? "grey" : "blue"}
              >
                {STAGE_LABELS[u.stage] ?? u.stage}
              </Badge>
              <span className="text-ui-fg-subtle truncate">
                {u.recall && (
                  <Link
                    to={`/recalls/${u.recall.id}`}
                    className="text-ui-fg-error mr-1 font-medium"
                  >
                    Blocked by recall "{u.recall.name}"
                  </Link>
                )}
                {[
                  u.fulfillment_id && `Fulfillment ${short(u.fulfillment_id)}`,
                  u.return_id && `Return ${short(u.return_id)}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
