import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import type {
  SerialUnitFilter,
  SerialUnitRecipientOrder,
  SerialUnitRecipients,
} from "../../types/serial-unit-filter"
import { SerialInventoryImports } from "./serial-inventory-imports"
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
export class SerialInventoryTraceability extends SerialInventoryImports {
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
    const orders = tallies.length
      ? await unitRecipientOrders(knex, narrow, page)
      : []
    return { orders, count: tallies.length }
  }

  /**
   * A page of the orders that received units of the set (every order
   * without `page`), as `listSerialUnitRecipients` has them, without their
   * count. One statement.
   */
  @InjectManager()
  async listSerialUnitRecipientOrders(
    filter: SerialUnitFilter,
    page?: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialUnitRecipientOrder[]> {
    return await unitRecipientOrders(
      knexFrom(sharedContext),
      narrowToSerialUnits(filter),
      page
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
