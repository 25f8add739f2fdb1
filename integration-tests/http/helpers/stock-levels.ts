import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { sql } from "./fixtures"

/** Creates Medusa's inventory level of an item at a location. */
export async function createLevel(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string,
  stockedQuantity: number
): Promise<void> {
  await container.resolve(Modules.INVENTORY).createInventoryLevels([
    {
      inventory_item_id: inventoryItemId,
      location_id: locationId,
      stocked_quantity: stockedQuantity,
    },
  ])
}

/** Medusa's `stocked_quantity` of an item at a location, read from the table (null: no level). */
export async function stockedQuantity(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string
): Promise<number | null> {
  const rows = await sql(
    container,
    `select stocked_quantity from inventory_level
     where inventory_item_id = ? and location_id = ? and deleted_at is null`,
    [inventoryItemId, locationId]
  )
  return rows.length ? Number(rows[0].stocked_quantity) : null
}

/** Sets `stocked_quantity` behind Medusa's back (to put a level in step, or to make it drift). */
export async function setStockedQuantity(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string,
  quantity: number
): Promise<void> {
  await sql(
    container,
    `update inventory_level set stocked_quantity = ?
     where inventory_item_id = ? and location_id = ?`,
    [quantity, inventoryItemId, locationId]
  )
}
