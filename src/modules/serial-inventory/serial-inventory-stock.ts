import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import type { SerialActorContext } from "../../types/serial-number-inputs"
import type {
  SerialStockReconciledPayload,
  SerialStockUnitCount,
} from "../../types/stock-drift"
import { recordStockReconciled } from "./operations"
import { SerialInventoryInbounds } from "./serial-inventory-inbounds"
import {
  countReturnedUnitsByReturn,
  countStockUnits,
  fullyTrackedItemIds,
  knexFrom,
  ReturnedStockUnitCount,
  ReturnedUnitReturnRow,
  returnedUnitsWithReturns,
  StockUnitCountFilters,
} from "./sql"

/**
 * The module's side of keeping Medusa's stock levels in step with the units
 * of `full` items: counting the units Medusa counts as stock, and recording
 * a reconcile in the units' history. The levels themselves change only
 * through Medusa's inventory steps, in the plugin's workflows.
 */
export class SerialInventoryStock extends SerialInventoryInbounds {
  /**
   * The `full` items among the filtered ones, their units that count as
   * stock per location (`in_stock`, or `reserved` and not yet picked), and
   * their `returned` units per location and Medusa return (they count once
   * that return is received, which the caller asks Medusa). Three
   * statements for any number of items. Used by the drift report and the
   * reconcile.
   */
  @InjectManager()
  async countSerialStockUnits(
    filters: StockUnitCountFilters = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{
    item_ids: string[]
    counts: SerialStockUnitCount[]
    returned: ReturnedStockUnitCount[]
  }> {
    const knex = knexFrom(sharedContext)
    const itemIds = await fullyTrackedItemIds(knex, filters)
    if (!itemIds.length) {
      return { item_ids: [], counts: [], returned: [] }
    }
    const tracked = { ...filters, inventory_item_id: itemIds }
    return {
      item_ids: itemIds,
      counts: await countStockUnits(knex, tracked),
      returned: await countReturnedUnitsByReturn(knex, tracked),
    }
  }

  /**
   * Of these units, the `returned` ones that came back on a Medusa return,
   * with the return and their item's tracking mode (one statement). Used
   * before a restock or defective to check Medusa received that return.
   */
  @InjectManager()
  async listReturnedSerialUnitReturns(
    unitIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnedUnitReturnRow[]> {
    return await returnedUnitsWithReturns(knexFrom(sharedContext), unitIds)
  }

  /**
   * Writes an `adjusted` event on each unit counted at the reconciled places
   * (see `operations/record-stock-reconciled.ts`); returns those units' ids. Used by
   * `reconcileSerialStockWorkflow`.
   */
  @InjectManager()
  async recordSerialStockReconciled(
    places: SerialStockReconciledPayload[],
    actor: SerialActorContext = {},
    receivedReturnIds: string[] = [],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.recordSerialStockReconciled_(
      places,
      actor,
      receivedReturnIds,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async recordSerialStockReconciled_(
    places: SerialStockReconciledPayload[],
    actor: SerialActorContext,
    receivedReturnIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await recordStockReconciled(
      knexFrom(sharedContext, true),
      places,
      actor,
      receivedReturnIds
    )
  }
}
