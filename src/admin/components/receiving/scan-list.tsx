import { IconButton, StatusBadge, Text, clx } from "@medusajs/ui"
import { XMark } from "@medusajs/icons"
import { memo } from "react"
import type { ScanState } from "../../lib/receiving-session"

export type ScanStateLook = {
  label: string
  color: "green" | "red" | "orange" | "grey"
}

/** One scan as a list shows it. */
export interface ScanListEntry {
  n: number
  serial: string
  state: string
  message?: string | null
}

/** How a receipt's scan states look. */
export const RECEIPT_SCAN_STATES: Record<ScanState, ScanStateLook> = {
  checking: { label: "Checking", color: "grey" },
  new: { label: "Ready", color: "green" },
  repeated: { label: "Scanned twice", color: "orange" },
  exists: { label: "Already in stock", color: "red" },
  other_item: { label: "Other item", color: "red" },
  invalid: { label: "Invalid", color: "red" },
}

/** How many of the newest scans the list renders: enough to review, cheap to redraw per scan. */
export const SHOWN_SCANS = 200

const ScanRow = memo(
  ({
    entry,
    look,
    onRemove,
  }: {
    entry: ScanListEntry
    look: Record<string, ScanStateLook>
    onRemove: (n: number) => void
  }) => {
    const state = look[entry.state] ?? { label: entry.state, color: "grey" }
    return (
      <li
        className={clx(
          "flex items-center gap-x-3 px-6 py-2",
          state.color === "red" && "bg-ui-tag-red-bg",
          state.color === "orange" && "bg-ui-tag-orange-bg"
        )}
        data-state={entry.state}
      >
        <Text size="small" className="text-ui-fg-muted w-12 tabular-nums">
          #{entry.n}
        </Text>
        <Text
          size="small"
          weight="plus"
          className="min-w-0 flex-1 truncate font-mono"
        >
          {entry.serial}
        </Text>
        {entry.message && (
          <Text size="small" className="text-ui-fg-subtle hidden md:block">
            {entry.message}
          </Text>
        )}
        <StatusBadge color={state.color}>{state.label}</StatusBadge>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Remove ${entry.serial}`}
          onClick={() => onRemove(entry.n)}
        >
          <XMark />
        </IconButton>
      </li>
    )
  }
)
ScanRow.displayName = "ScanRow"

/** The session's scans, newest first; problems are coloured inline, never in a dialog. */
export const ScanList = ({
  entries,
  onRemove,
  look = RECEIPT_SCAN_STATES,
}: {
  entries: ScanListEntry[]
  onRemove: (n: number) => void
  look?: Record<string, ScanStateLook>
}) => {
  const shown = entries.slice(-SHOWN_SCANS).reverse()
  return (
    <div>
      <ul aria-label="Scanned serials" className="divide-y">
        {shown.map((e) => (
          <ScanRow key={e.n} entry={e} look={look} onRemove={onRemove} />
        ))}
      </ul>
      {entries.length > SHOWN_SCANS && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-2">
          and {entries.length - SHOWN_SCANS} earlier scans
        </Text>
      )}
    </div>
  )
}
