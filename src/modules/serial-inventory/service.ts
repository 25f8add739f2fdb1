import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import type {
  CreateSerialNumberInput,
  RevertSerialTransitionsInput,
  SerialActorContext,
  SerialTransitionRecord,
  TransitionSerialNumbersInput,
  UpdateSerialNumberInput,
} from "../../types/serial-number-inputs"
import type {
  ReceivedSerialNumberDTO,
  SerialAllocationDTO,
  SerialNumberDTO,
  SerialNumberReceipt,
} from "../../types/serial-records"
import {
  allocateLines,
  AllocateLineInput,
  AllocateLineResult,
  receiveSerialNumbers,
  releaseAllocations,
  restoreSerialNumberFieldChanges,
  revertTransitions,
  rollBackCreatedSerialNumbers,
  RollBackCreatedResult,
  SerialFieldChanges,
  takeGeneratedSerials,
  transitionSerialNumberRows,
  updateSerialNumberFields,
  UpdateSerialNumberFieldsResult,
} from "./operations"
import { SerialInventoryRecalls } from "./serial-inventory-recalls"
import {
  AvailableSerialUnitsRow,
  countAllocatableSerialUnits,
  countSerialNumbersPerStatus,
  findBySerial,
  knexFrom,
  OpenAllocationRow,
  openAllocationsOf,
  SerialNumberFilters,
  SerialUnitPlace,
} from "./sql"

/**
 * Callers that use the generated form `(data, sharedContext)` put their
 * context where the actor goes: take it as the context, so the write joins
 * their transaction.
 */
function actorAndContext(
  actor: SerialActorContext | Context,
  sharedContext: Context
): [SerialActorContext, Context] {
  const looksLikeContext =
    !!actor &&
    ("__type" in actor || "transactionManager" in actor || "manager" in actor)
  return looksLikeContext
    ? [{}, actor as Context]
    : [actor as SerialActorContext, sharedContext]
}

/**
 * The serial inventory module. It is the last line of defence for the rules:
 * `transitionSerialNumbers` is the only way to change a status, every status
 * change writes exactly one event in the same transaction, batches are
 * all-or-nothing and bulk paths cost a constant number of SQL statements.
 * The generated methods that could bypass a rule are closed or guarded in
 * `SerialInventoryServiceBase`; the order flow and photos have their own
 * layers (`serial-inventory-order-flow.ts`, `serial-inventory-photos.ts`,
 * `serial-inventory-inbounds.ts`, `serial-inventory-stock.ts`,
 * `serial-inventory-imports.ts`, `serial-inventory-exports.ts`,
 * `serial-inventory-traceability.ts`, `serial-inventory-recalls.ts`).
 * The work itself lives in `operations/` (writes) and `sql/` (statements).
 * Each public method opens its transaction through its protected `_` twin,
 * as in Medusa's own modules.
 */
export default class SerialInventoryModuleService extends SerialInventoryRecalls {
  /**
   * Creates units (any number, all-or-nothing), each `in_stock` with a
   * `received` event, reading the items' policies under a share lock. Refuses
   * the whole batch, naming every bad row, on bad or duplicate serials,
   * unknown templates, disabled tracking or attributes that do not match the
   * template. Used by `createSerialNumbersWorkflow`.
   */
  @InjectManager()
  // @ts-expect-error narrows the generated method: units are always received
  async createSerialNumbers(
    data: CreateSerialNumberInput | CreateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReceivedSerialNumberDTO[]> {
    const [who, context] = actorAndContext(actor, sharedContext)
    return await this.createSerialNumbers_(
      Array.isArray(data) ? data : [data],
      who,
      context
    )
  }

  @InjectTransactionManager()
  protected async createSerialNumbers_(
    data: CreateSerialNumberInput[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReceivedSerialNumberDTO[]> {
    return await receiveSerialNumbers(
      knexFrom(sharedContext, true),
      data,
      actor
    )
  }

  /**
   * `count` new serials from a generator pattern (see `generator-pattern.ts`),
   * numbered from the pattern's counter in a transaction of their own: they
   * are never handed out again, even if the receipt using them fails.
   */
  @InjectTransactionManager()
  async takeGeneratedSerials(
    pattern: string,
    count: number,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await takeGeneratedSerials(
      knexFrom(sharedContext, true),
      pattern,
      count,
      at
    )
  }

  /**
   * Changes non-status fields of units and records each kind of change as an
   * event (`moved`, `condition_changed`, `attributes_changed`, `updated`).
   * `status` is refused. Used by `updateSerialNumbersWorkflow`.
   */
  @InjectManager()
  // @ts-expect-error narrows the generated method: no status, always audited
  async updateSerialNumbers(
    data: UpdateSerialNumberInput | UpdateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateSerialNumberFieldsResult> {
    const [who, context] = actorAndContext(actor, sharedContext)
    return await this.updateSerialNumbers_(
      Array.isArray(data) ? data : [data],
      who,
      context
    )
  }

  @InjectTransactionManager()
  protected async updateSerialNumbers_(
    data: UpdateSerialNumberInput[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateSerialNumberFieldsResult> {
    return await updateSerialNumberFields(
      knexFrom(sharedContext, true),
      data,
      actor
    )
  }

  /** Undoes an update's field changes where nobody changed them since (compensation). */
  @InjectManager()
  async restoreSerialNumberFields(
    changes: SerialFieldChanges[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.restoreSerialNumberFields_(changes, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async restoreSerialNumberFields_(
    changes: SerialFieldChanges[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restoreSerialNumberFieldChanges(
      knexFrom(sharedContext, true),
      changes,
      actor
    )
  }

  /**
   * The one way to change a status (see `operations/transition-serial-numbers.ts`).
   * Returns what it changed, for `revertSerialNumberTransitions`. Used by
   * `transitionSerialNumbersWorkflow`.
   */
  @InjectManager()
  async transitionSerialNumbers(
    input: TransitionSerialNumbersInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialTransitionRecord[]> {
    return await this.transitionSerialNumbers_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async transitionSerialNumbers_(
    input: TransitionSerialNumbersInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialTransitionRecord[]> {
    return await transitionSerialNumberRows(
      knexFrom(sharedContext, true),
      input
    )
  }

  /** Undoes transitions (compensation of `transitionSerialNumbersStep`), leaving `reverted` events. */
  @InjectManager()
  async revertSerialNumberTransitions(
    input: RevertSerialTransitionsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.revertSerialNumberTransitions_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertSerialNumberTransitions_(
    input: RevertSerialTransitionsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await revertTransitions(knexFrom(sharedContext, true), input)
  }

  /**
   * Takes back the units of a receipt being rolled back (compensation of
   * `createSerialNumbersStep`), each named with its `received` event id as
   * the receipt returned it: deletes those with nothing but that event. Any
   * other unit is refused (`serial_number_receipt_mismatch`); a unit with
   * later history refuses the call (`serial_number_has_history`), or, with
   * `keepTouched`, is kept with a `note` event saying why.
   */
  @InjectManager()
  async purgeCreatedSerialNumbers(
    receipts: SerialNumberReceipt[],
    options: { keepTouched?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RollBackCreatedResult> {
    return await this.purgeCreatedSerialNumbers_(
      receipts,
      options,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async purgeCreatedSerialNumbers_(
    receipts: SerialNumberReceipt[],
    options: { keepTouched?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RollBackCreatedResult> {
    return await rollBackCreatedSerialNumbers(
      knexFrom(sharedContext, true),
      receipts,
      options
    )
  }

  /** Units per status for the same filters, ignoring the status filter (status tabs). */
  @InjectManager()
  async countSerialNumbersByStatus(
    filters: SerialNumberFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    return await countSerialNumbersPerStatus(knexFrom(sharedContext), filters)
  }

  /** The open allocations (at most one each) of these units: one statement. */
  @InjectManager()
  async listOpenSerialAllocations(
    serialNumberIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OpenAllocationRow[]> {
    return await openAllocationsOf(knexFrom(sharedContext), serialNumberIds)
  }

  /**
   * Units free to allocate (`in_stock`, on no open allocation) per
   * (inventory item, location), for the items the plugin allocates ahead
   * (`full` tracking, strategy not `manual`); other items' places are left
   * out. A fixed number of statements for any number of places. Used by
   * the cart check in `completeCartWorkflow.hooks.validate`.
   */
  @InjectManager()
  async countAvailableSerialUnits(
    places: SerialUnitPlace[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AvailableSerialUnitsRow[]> {
    return await countAllocatableSerialUnits(knexFrom(sharedContext), places)
  }

  /** The live unit with this serial (compared normalized), or null. One statement. */
  @InjectManager()
  async retrieveSerialNumberBySerial(
    serial: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialNumberDTO | null> {
    return await findBySerial(knexFrom(sharedContext), serial)
  }

  /**
   * Gives an order line the units it still lacks, by its policy's strategy,
   * at the location of its reservation (see `operations/allocate-lines.ts`):
   * never more open allocations than its quantity, never a unit on two
   * lines, each unit `reserved` with an `allocated` event naming the order.
   */
  @InjectManager()
  async allocateSerialNumbersToLine(
    input: AllocateLineInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AllocateLineResult> {
    return await this.allocateSerialNumbersToLine_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async allocateSerialNumbersToLine_(
    input: AllocateLineInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AllocateLineResult> {
    const [result] = await allocateLines(
      knexFrom(sharedContext, true),
      [input],
      actor
    )
    return result
  }

  /**
   * Allocates several lines (of one order or many) in one transaction,
   * set-based: as many statements for a hundred lines as for one. Lines are
   * locked in a fixed order so two callers over the same lines cannot
   * deadlock. Returns one result per input line, in input order.
   */
  @InjectManager()
  async allocateSerialNumbersToLines(
    lines: AllocateLineInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AllocateLineResult[]> {
    return await this.allocateSerialNumbersToLines_(lines, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async allocateSerialNumbersToLines_(
    lines: AllocateLineInput[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AllocateLineResult[]> {
    return await allocateLines(knexFrom(sharedContext, true), lines, actor)
  }

  /**
   * Ends allocations whose units have not shipped; their units go back to
   * `in_stock` with a `released` event naming the order (cancel, swap, or
   * the compensation of an allocation).
   */
  @InjectManager()
  async releaseSerialAllocations(
    allocationIds: string[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialAllocationDTO[]> {
    return await this.releaseSerialAllocations_(
      allocationIds,
      actor,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async releaseSerialAllocations_(
    allocationIds: string[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialAllocationDTO[]> {
    return (await releaseAllocations(
      knexFrom(sharedContext, true),
      allocationIds,
      actor
    )) as SerialAllocationDTO[]
  }
}
