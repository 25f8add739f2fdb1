import { StatusBadge } from "@medusajs/ui"
import type { SerialRecallStatus } from "../../../types/serial-recall"

const LOOK: Record<SerialRecallStatus, { label: string; color: any }> = {
  draft: { label: "Draft", color: "grey" },
  applied: { label: "Applied: units blocked", color: "orange" },
  closed: { label: "Closed", color: "green" },
}

/** A campaign's status as a badge. */
export const RecallStatusBadge = ({
  status,
}: {
  status: SerialRecallStatus
}) => (
  <StatusBadge color={LOOK[status]?.color ?? "grey"}>
    {LOOK[status]?.label ?? status}
  </StatusBadge>
)
