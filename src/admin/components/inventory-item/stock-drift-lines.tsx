import { Badge, Button, Text, toast, usePrompt } from "@medusajs/ui"
import type { SerialStockDriftRow } from "../../../types/stock-drift"
import { useReconcileStock, useStockDrift } from "../../hooks/stock-drift"
import { useStockLocations } from "../../hooks/stock-locations"
import { errorMessage } from "../../lib/sdk"
import { SerializeExistingButton } from "./serialize-existing-modal"

/** What a drifted line says, in the merchant's words. */
function describe(row: SerialStockDriftRow): string {
  if (row.difference > 0) {
    return `${row.difference} units in stock have no serial`
  }
  return `${-row.difference} units are not counted in Medusa's stock`
}

/**
 * For a `full` item: Medusa's stock and the units that count as stock, per
 * location, flagged where they differ, with "Reconcile" (set Medusa's stock
 * to the units, after a confirmation) and, where stock has no serials,
 * "Serialize". Renders nothing for other items.
 */
export const StockDriftLines = ({
  inventoryItemId,
}: {
  inventoryItemId: string
}) => {
  const { data } = useStockDrift(inventoryItemId)
  const { data: locations } = useStockLocations()
  const reconcile = useReconcileStock()
  const prompt = usePrompt()
  const rows = data?.stock_drift ?? []
  if (!rows.length) return null
  const nameOf = (id: string) =>
    locations?.stock_locations.find((l) => l.id === id)?.name ?? id

  const onReconcile = async (row: SerialStockDriftRow) => {
    const where = nameOf(row.stock_location_id)
    const confirmed = await prompt({
      title: `Reconcile stock at ${where}?`,
      description: `Medusa's stock there goes from ${row.stocked_quantity} to ${row.unit_count}, the units that count as stock. Each unit's history records it.`,
      confirmText: "Reconcile",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await reconcile.mutateAsync({
        inventory_item_id: row.inventory_item_id,
        stock_location_id: row.stock_location_id,
      })
      toast.success(`Stock at ${where} set to ${row.unit_count}`)
    } catch (e) {
      toast.error("Stock was not reconciled", { description: errorMessage(e) })
    }
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid="stock-drift-lines">
      {rows.map((row) => (
        <div
          key={row.stock_location_id}
          className="flex flex-wrap items-center justify-between gap-2"
        >
          <div className="flex flex-wrap items-center gap-x-2">
            <Text size="small" weight="plus">
              {nameOf(row.stock_location_id)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Medusa stock {row.stocked_quantity} · units {row.unit_count}
            </Text>
            {row.difference === 0 ? (
              <Badge size="2xsmall" color="green">
                In step
              </Badge>
            ) : (
              <Badge size="2xsmall" color="orange">
                {describe(row)}
              </Badge>
            )}
          </div>
          {row.difference !== 0 && (
            <div className="flex items-center gap-x-2">
              {row.difference > 0 && (
                <SerializeExistingButton
                  inventoryItemId={row.inventory_item_id}
                  locationId={row.stock_location_id}
                  locationName={nameOf(row.stock_location_id)}
                  unserialized={row.difference}
                />
              )}
              <Button
                size="small"
                variant="secondary"
                isLoading={reconcile.isPending}
                onClick={() => onReconcile(row)}
              >
                Reconcile
              </Button>
            </div>
          )}
        </div>
      ))}
    </div>
  )
}
