import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import QueryStream from "pg-query-stream"
import type { Readable } from "stream"
import type { SerialEventExportFilters } from "../../types/serial-event-export"
import { SerialInventoryImports } from "./serial-inventory-imports"
import {
  CustomerSerialUnitRow,
  customerSerialUnits,
  knexFrom,
  SerialNumberFilters,
  serialEventGroupsQuery,
} from "./sql"

/** Groups fetched from the server-side cursor per round trip. */
export const EVENT_GROUP_BATCH_SIZE = 500

/**
 * The module's read paths for exports and storefronts: the event export's
 * stream of event groups and a customer's own units.
 */
export class SerialInventoryExports extends SerialInventoryImports {
  /**
   * The event groups (`SerialEventGroup`) of the units the filters match, as
   * an object-mode stream read through a server-side cursor
   * (`pg-query-stream`, 500 groups a fetch): it only reads on when the
   * consumer asks for more, so memory stays flat whatever the count. The
   * stream holds one pooled connection until it ends, fails or is
   * destroyed (destroy it when the client goes away). Used by
   * `GET /admin/serial-events/export`.
   */
  @InjectManager()
  async streamSerialEventGroups(
    units: SerialNumberFilters,
    events: SerialEventExportFilters = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Readable> {
    const knex = knexFrom(sharedContext)
    const { sql, bindings } = serialEventGroupsQuery(knex, units, events)
      .toSQL()
      .toNative()
    const client = (knex as any).client
    const connection = await client.acquireConnection()
    let released = false
    const release = () => {
      if (!released) {
        released = true
        client.releaseConnection(connection)
      }
    }
    try {
      const stream: Readable = connection.query(
        new QueryStream(sql, bindings as unknown[], {
          batchSize: EVENT_GROUP_BATCH_SIZE,
        })
      )
      stream.once("close", release)
      stream.once("error", release)
      return stream
    } catch (error) {
      release()
      throw error
    }
  }

  /**
   * The units shipped on the given orders (one customer's), newest shipment
   * first, with the total: `shipped`, `delivered` and `returned`
   * allocations, one statement. Used by `GET /store/customers/me/serial-numbers`.
   */
  @InjectManager()
  async listCustomerSerialUnits(
    orderIds: string[],
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: CustomerSerialUnitRow[]; count: number }> {
    return await customerSerialUnits(knexFrom(sharedContext), orderIds, page)
  }
}
