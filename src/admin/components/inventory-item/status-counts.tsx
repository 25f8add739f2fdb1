import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSerialNumberStatusCounts } from "../../../types/http"
import { SERIAL_NUMBER_STATUSES } from "../../../types/serial-number-status"
import { SerialStatusBadge } from "../serial-status-badge"

/** Units per status, each a link to the Serials page filtered to this item and status. */
export const StatusCounts = ({
  counts,
  inventoryItemId,
}: {
  counts: AdminSerialNumberStatusCounts
  inventoryItemId: string
}) => (
  <ul className="flex flex-wrap gap-x-4 gap-y-2" aria-label="Units per status">
    {SERIAL_NUMBER_STATUSES.map((status) => (
      <li key={status}>
        <Link
          to={`/serials?inventory_item_id=${inventoryItemId}&status=${status}`}
          className="flex items-center gap-x-1.5 rounded-md outline-none focus-visible:shadow-borders-focus"
          data-testid={`serial-count-${status}`}
        >
          <SerialStatusBadge status={status} />
          <Text size="small" weight="plus" className="tabular-nums">
            {counts[status] ?? 0}
          </Text>
        </Link>
      </li>
    ))}
  </ul>
)
