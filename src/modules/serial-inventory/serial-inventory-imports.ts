import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import type { CreateSerialNumberInput } from "../../types/serial-number-inputs"
import type {
  SerialIdempotencyKeyDTO,
  SerialNumberDTO,
} from "../../types/serial-records"
import {
  claimIdempotencyKey,
  ClaimIdempotencyKeyInput,
  planReceipt,
} from "./operations"
import { SerialInventoryStock } from "./serial-inventory-stock"
import {
  knexFrom,
  SerialNumberFilters,
  serialNumberPage,
  SerialNumberPageCursor,
} from "./sql"
import type { RowProblem } from "./utils"

/**
 * The module's methods for bulk intake and export and for safe retries: a
 * dry run of a receipt (an import's first pass checks every row with the
 * same rules as `createSerialNumbers`, writing nothing), keyset pages for
 * the CSV export, and the `Idempotency-Key` claim.
 * Import progress and stored keys are read and updated with the generated
 * `SerialImport` / `SerialIdempotencyKey` methods.
 */
export class SerialInventoryImports extends SerialInventoryStock {
  /**
   * Every problem `createSerialNumbers` would refuse this batch for (bad or
   * duplicate serials, units that already exist, untracked items, unknown
   * templates, attributes that do not fit), with 1-based rows; writes and
   * locks nothing. Used by the CSV import's validation pass.
   */
  @InjectManager()
  async checkSerialNumbersForReceipt(
    data: CreateSerialNumberInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RowProblem[]> {
    const { problems } = await planReceipt(knexFrom(sharedContext), data, {
      lock: false,
    })
    return problems
  }

  /**
   * Records an `Idempotency-Key` for a scope with its request hash, unless
   * it is recorded already: `claimed` is false then, and `record` is the
   * stored one (its hash and, once the first request finished, its response).
   */
  @InjectManager()
  async claimSerialIdempotencyKey(
    input: ClaimIdempotencyKeyInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ claimed: boolean; record: SerialIdempotencyKeyDTO }> {
    return await claimIdempotencyKey(knexFrom(sharedContext), input)
  }

  /**
   * One page of units for the list filters, ordered by serial, after the
   * cursor (the last unit of the previous page). Used by the CSV export.
   */
  @InjectManager()
  async listSerialNumberPage(
    filters: SerialNumberFilters,
    page: { after: SerialNumberPageCursor | null; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialNumberDTO[]> {
    return await serialNumberPage(
      knexFrom(sharedContext),
      filters,
      page.after,
      page.limit
    )
  }
}
