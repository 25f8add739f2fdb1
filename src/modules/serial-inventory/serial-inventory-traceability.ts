import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import type {
  SerialUnitFilter,
  SerialUnitRecipientOrder,
  SerialUnitRecipients,
} from "../../types/serial-unit-filter"
import { SerialInventoryExports } from "./serial-inventory-exports"
import {
  countSerialUnitsPerStatus,
  knexFrom,
  narrowToSerialUnits,
  SerialUnitRecipientTally,
  unitRecipientOrders,
  unitRecipientTallies,
} from "./sql"

/**
 * The module's traceability reads: for a set of units (a lot, a supplier
 * or receipt reference, a template attribute value, ids), how many there
 * are per status and which orders shipped them. The orders' customers and
 * emails live in Medusa's order module: callers read them with
 * `query.graph` (see `src/api/utils/order-contacts.ts`). Each method costs
 * one statement however large the set. Used by
 * `GET /admin/serial-traceability` and by recalls ("customers affected").
 */
export class SerialInventoryTraceability extends SerialInventoryExports {
  /** Units of the set per status, every status present (one statement). */
  @InjectManager()
  async countSerialUnitsByStatus(
    filter: SerialUnitFilter,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    return await countSerialUnitsPerStatus(
      knexFrom(sharedContext),
      narrowToSerialUnits(filter)
    )
  }

  /**
   * The orders that received (were shipped) units of the set, by first ship
   * date, each with those units and their stage now (`shipped`, `delivered`,
   * `returned`), a page at a time (every order without `page`), and how many
   * such orders there are. Two statements.
   */
  @InjectManager()
  async listSerialUnitRecipients(
    filter: SerialUnitFilter,
    page?: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialUnitRecipients> {
    const knex = knexFrom(sharedContext)
    const narrow = narrowToSerialUnits(filter)
    const tallies = await unitRecipientTallies(knex, narrow)
    const picked = page
      ? tallies.slice(page.offset, page.offset + page.limit)
      : tallies
    const orders = await unitRecipientOrders(
      knex,
      narrow,
      picked.map((t) => t.order_id)
    )
    return { orders, count: tallies.length }
  }

  /**
   * The units of the set that these orders received, grouped by order in
   * the given order (one statement). With `listSerialUnitRecipientTallies`
   * it pages the recipients without reading every order's units.
   */
  @InjectManager()
  async listSerialUnitRecipientOrders(
    filter: SerialUnitFilter,
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialUnitRecipientOrder[]> {
    return await unitRecipientOrders(
      knexFrom(sharedContext),
      narrowToSerialUnits(filter),
      orderIds
    )
  }

  /**
   * Every order that received units of the set, with its first ship date
   * and unit count (one statement): enough to list the customers affected.
   */
  @InjectManager()
  async listSerialUnitRecipientTallies(
    filter: SerialUnitFilter,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialUnitRecipientTally[]> {
    return await unitRecipientTallies(
      knexFrom(sharedContext),
      narrowToSerialUnits(filter)
    )
  }
}
