import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useSerialNumbers } from "../../hooks/serial-numbers"
import { AddUnits } from "./add-units"
import { LatestUnits } from "./latest-units"
import { StatusCounts } from "./status-counts"
import { StockDriftLines } from "./stock-drift-lines"
import { TrackingPolicyForm } from "./tracking-policy-form"

/**
 * Everything about one inventory item's serials on Medusa's own pages: its
 * tracking policy (editable in place) with, for `full` items, Medusa's stock
 * against the units per location (drift, reconcile, serialize existing
 * stock), units per status, the latest units, links to the Serials page
 * filtered to it and to the Receiving screen for it, and a scan field to add
 * units.
 */
export const InventoryItemSerials = ({
  inventoryItemId,
  subtitle,
  headerExtra,
}: {
  inventoryItemId: string
  subtitle?: string
  headerExtra?: React.ReactNode
}) => {
  const { data, isLoading } = useSerialNumbers({
    inventory_item_id: inventoryItemId,
    limit: 5,
    order: "-created_at",
  })
  return (
    <Container className="divide-y p-0" data-testid="serial-numbers-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Serial numbers</Heading>
          {subtitle && (
            <Text size="small" className="text-ui-fg-subtle">
              {subtitle}
            </Text>
          )}
        </div>
        <div className="flex items-center gap-x-4">
          {headerExtra}
          <Link
            to={`/receiving?inventory_item_id=${inventoryItemId}`}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            Receive
          </Link>
          <Link
            to={`/serials?inventory_item_id=${inventoryItemId}`}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            View all
          </Link>
        </div>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <TrackingPolicyForm inventoryItemId={inventoryItemId} />
        <StockDriftLines inventoryItemId={inventoryItemId} />
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {isLoading || !data ? (
          <Skeleton className="h-20 w-full" />
        ) : (
          <>
            <StatusCounts
              counts={data.status_counts}
              inventoryItemId={inventoryItemId}
            />
            <LatestUnits units={data.serial_numbers} />
          </>
        )}
      </div>
      <div className="px-6 py-4">
        <AddUnits inventoryItemId={inventoryItemId} />
      </div>
    </Container>
  )
}
