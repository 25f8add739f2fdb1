import { Tabs } from "@medusajs/ui"
import type { AdminSerialNumberStatusCounts } from "../../../types/http"
import {
  SERIAL_NUMBER_STATUSES,
  type SerialNumberStatus,
} from "../../../types/serial-number-status"
import { STATUS_LABELS } from "../../lib/serial-labels"

const ALL = "all"

interface SerialStatusTabsProps {
  /** The status shown, or null for all. */
  value: SerialNumberStatus | null
  /** Units per status for the other filters (the list's `status_counts`). */
  counts?: AdminSerialNumberStatusCounts
  onChange: (status: SerialNumberStatus | null) => void
}

const Count = ({ value }: { value?: number }) =>
  value === undefined ? null : (
    <span className="text-ui-fg-muted ml-1.5 tabular-nums">{value}</span>
  )

/** "All" plus one tab per status, each with its live unit count; arrow keys move between them. */
export const SerialStatusTabs = ({
  value,
  counts,
  onChange,
}: SerialStatusTabsProps) => {
  const total = counts
    ? Object.values(counts).reduce((sum, n) => sum + n, 0)
    : undefined
  return (
    <Tabs
      value={value ?? ALL}
      onValueChange={(next) =>
        onChange(next === ALL ? null : (next as SerialNumberStatus))
      }
      activationMode="manual"
    >
      <Tabs.List aria-label="Status" className="flex-wrap">
        <Tabs.Trigger value={ALL}>
          All
          <Count value={total} />
        </Tabs.Trigger>
        {SERIAL_NUMBER_STATUSES.map((status) => (
          <Tabs.Trigger key={status} value={status}>
            {STATUS_LABELS[status].label}
            <Count value={counts?.[status]} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
