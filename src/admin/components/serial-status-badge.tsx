import { StatusBadge } from "@medusajs/ui"
import type { SerialNumberStatus } from "../../types/serial-number-status"
import { STATUS_LABELS } from "../lib/serial-labels"

/** A unit's status as the dashboard shows statuses: a coloured dot and a label. */
export const SerialStatusBadge = ({
  status,
}: {
  status: SerialNumberStatus
}) => {
  const entry = STATUS_LABELS[status] ?? {
    label: status,
    color: "grey" as const,
  }
  return <StatusBadge color={entry.color}>{entry.label}</StatusBadge>
}
