import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SerialErrorCode } from "../../../types/error-codes"
import {
  listForMessage,
  serialError,
} from "../../../modules/serial-inventory/utils"

export interface ValidateSerialNumberInventoryReferencesInput {
  inventory_item_ids?: string[]
  stock_location_ids?: string[]
}

async function missing(
  query: any,
  entity: string,
  ids: string[]
): Promise<string[]> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) {
    return []
  }
  const { data } = await query.graph({
    entity,
    fields: ["id"],
    filters: { id: unique },
  })
  const found = new Set(data.map((d: { id: string }) => d.id))
  return unique.filter((id) => !found.has(id))
}

/**
 * Checks that the inventory items and stock locations units point at exist
 * in Medusa (one query per kind), naming every unknown id. Writes nothing.
 */
export const validateSerialNumberInventoryReferencesStep = createStep(
  "validate-serial-number-inventory-references",
  async (
    input: ValidateSerialNumberInventoryReferencesInput,
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [items, locations] = await Promise.all([
      missing(query, "inventory_item", input.inventory_item_ids ?? []),
      missing(query, "stock_location", input.stock_location_ids ?? []),
    ])
    if (items.length) {
      throw serialError(
        MedusaError.Types.NOT_FOUND,
        SerialErrorCode.INVENTORY_ITEM_NOT_FOUND,
        `Inventory item(s) not found: ${listForMessage(items)}`
      )
    }
    if (locations.length) {
      throw serialError(
        MedusaError.Types.NOT_FOUND,
        SerialErrorCode.STOCK_LOCATION_NOT_FOUND,
        `Stock location(s) not found: ${listForMessage(locations)}`
      )
    }
  }
)
