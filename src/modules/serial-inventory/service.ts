import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../types/error-codes"
import { SerialEventType } from "../../types/serial-event-type"
import type {
  CreateSerialNumberInput,
  RevertSerialTransitionsInput,
  SerialActorContext,
  SerialTransitionRecord,
  TransitionSerialNumbersInput,
  UpdateSerialNumberInput,
} from "../../types/serial-number-inputs"
import {
  SerialEvent,
  SerialNumber,
  SerialTemplate,
  SerialTrackingPolicy,
} from "./models"
import {
  createUnits,
  deleteTemplates,
  setPolicy,
  SetPolicyResult,
  purgeUnits,
  restoreUnitFields,
  revertTransitions,
  SerialFieldChanges,
  transitionUnits,
  UpdateUnitsResult,
  updateUnits,
} from "./operations"
import {
  countSerialNumbersPerStatus,
  findBySerial,
  knexFrom,
  listSerialNumbersPage,
  SerialNumberFilters,
  SerialNumberPage,
} from "./sql"
import { serialError } from "./utils"

type Row = Record<string, any>

function appendOnly(): never {
  throw serialError(
    MedusaError.Types.NOT_ALLOWED,
    SerialErrorCode.EVENT_APPEND_ONLY,
    "Serial events are append-only: record a correction as a new event"
  )
}

/**
 * The serial inventory module. It is the last line of defence for the rules:
 * `transitionSerialNumbers` is the only way to change a status, every status
 * change writes exactly one event in the same transaction, batches are
 * all-or-nothing and bulk paths cost a constant number of SQL statements.
 * The work itself lives in `operations/` (writes) and `sql/` (statements).
 */
export default class SerialInventoryModuleService extends MedusaService({
  SerialNumber,
  SerialEvent,
  SerialTemplate,
  SerialTrackingPolicy,
}) {
  /**
   * Creates units (any number, all-or-nothing), each `in_stock` with a
   * `received` event. Refuses the whole batch, naming every bad row, on bad or
   * duplicate serials, unknown templates, disabled tracking or attributes that
   * do not match the template. Used by `createSerialNumbersWorkflow`.
   */
  @InjectTransactionManager()
  // @ts-expect-error narrows the generated method: units are always received
  async createSerialNumbers(
    data: CreateSerialNumberInput | CreateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row[]> {
    return await createUnits(
      knexFrom(sharedContext, true),
      Array.isArray(data) ? data : [data],
      actor
    )
  }

  /**
   * Changes non-status fields of units and records each kind of change as an
   * event (`moved`, `condition_changed`, `attributes_changed`, `updated`).
   * `status` is refused. Used by `updateSerialNumbersWorkflow`.
   */
  @InjectTransactionManager()
  // @ts-expect-error narrows the generated method: no status, always audited
  async updateSerialNumbers(
    data: UpdateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateUnitsResult> {
    return await updateUnits(knexFrom(sharedContext, true), data, actor)
  }

  /** Undoes an update's field changes where nobody changed them since (compensation). */
  @InjectTransactionManager()
  async restoreSerialNumberFields(
    changes: SerialFieldChanges[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restoreUnitFields(knexFrom(sharedContext, true), changes, actor)
  }

  /**
   * The one way to change a status (see `operations/transition-units.ts`).
   * Returns what it changed, for `revertSerialNumberTransitions`. Used by
   * `transitionSerialNumbersWorkflow`.
   */
  @InjectTransactionManager()
  async transitionSerialNumbers(
    input: TransitionSerialNumbersInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialTransitionRecord[]> {
    return await transitionUnits(knexFrom(sharedContext, true), input)
  }

  /** Undoes transitions (compensation of `transitionSerialNumbersStep`), leaving `reverted` events. */
  @InjectTransactionManager()
  async revertSerialNumberTransitions(
    input: RevertSerialTransitionsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await revertTransitions(knexFrom(sharedContext, true), input)
  }

  /** Removes untouched units of a batch being rolled back (compensation of `createSerialNumbersStep`). */
  @InjectTransactionManager()
  async purgeCreatedSerialNumbers(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await purgeUnits(knexFrom(sharedContext, true), ids)
  }

  /**
   * Soft-deletes templates no live policy or unit uses, refusing otherwise
   * (`serial_template_in_use`). Used by `deleteSerialTemplatesWorkflow`.
   */
  @InjectTransactionManager()
  async deleteUnusedSerialTemplates(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await deleteTemplates(knexFrom(sharedContext, true), ids)
  }

  /**
   * Creates or changes an inventory item's tracking policy, checking its
   * template under a share lock. Used by `setSerialTrackingPolicyWorkflow`.
   */
  @InjectTransactionManager()
  async setSerialTrackingPolicy(
    input: Record<string, any> & { inventory_item_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SetPolicyResult> {
    return await setPolicy(knexFrom(sharedContext, true), input)
  }

  /** Filtered, paginated units (admin list): two statements. */
  @InjectManager()
  async listSerialNumbersByFilters(
    filters: SerialNumberFilters,
    page: SerialNumberPage = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[Row[], number]> {
    return await listSerialNumbersPage(knexFrom(sharedContext), filters, page)
  }

  /** Units per status for the same filters, ignoring the status filter (status tabs). */
  @InjectManager()
  async countSerialNumbersByStatus(
    filters: SerialNumberFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    return await countSerialNumbersPerStatus(knexFrom(sharedContext), filters)
  }

  /** The live unit with this serial (compared normalized), or null. One statement. */
  @InjectManager()
  async retrieveSerialNumberBySerial(
    serial: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row | null> {
    return await findBySerial(knexFrom(sharedContext), serial)
  }

  /** Adds `note` events; every other kind is written by the operation it records. */
  // @ts-expect-error narrows the generated method
  async createSerialEvents(
    data: Row | Row[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const list = Array.isArray(data) ? data : [data]
    if (list.some((e) => e.from_status || e.to_status)) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.STATUS_READ_ONLY,
        "Status events are written by transitions only"
      )
    }
    if (list.some((e) => e.type !== SerialEventType.NOTE)) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.EVENT_TYPE_NOT_ALLOWED,
        `Only "note" events can be added directly; the others are written by the operation they record`
      )
    }
    return await super.createSerialEvents(data as any, sharedContext)
  }

  // Lifecycle events are append-only: the generated mutators are closed.
  // @ts-expect-error closes the generated method
  async updateSerialEvents(): Promise<never> {
    appendOnly()
  }
  // @ts-expect-error closes the generated method
  async deleteSerialEvents(): Promise<never> {
    appendOnly()
  }
  // @ts-expect-error closes the generated method
  async softDeleteSerialEvents(): Promise<never> {
    appendOnly()
  }
  // @ts-expect-error closes the generated method
  async restoreSerialEvents(): Promise<never> {
    appendOnly()
  }
}
