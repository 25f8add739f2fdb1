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
import type {
  ReceivedSerialNumberDTO,
  SerialEventDTO,
  SerialNumberDTO,
  SerialTemplateDTO,
  SerialTrackingPolicyDTO,
} from "../../types/serial-records"
import type { SerialTrackingPolicyChange } from "../../types/tracking-policy"
import {
  SerialEvent,
  SerialNumber,
  SerialTemplate,
  SerialTrackingPolicy,
} from "./models"
import {
  deleteUnusedTemplates,
  lockTemplateNames,
  receiveSerialNumbers,
  restoreSerialNumberFieldChanges,
  revertTransitions,
  rollBackCreatedSerialNumbers,
  RollBackCreatedResult,
  SerialFieldChanges,
  setPolicy,
  SetPolicyResult,
  transitionSerialNumberRows,
  updateSerialNumberFields,
  UpdateSerialNumberFieldsResult,
} from "./operations"
import {
  countSerialNumbersPerStatus,
  findBySerial,
  knexFrom,
  listSerialNumbersPage,
  SerialNumberFilters,
  SerialNumberPage,
} from "./sql"
import {
  assertNoNul,
  closedMethod,
  serialError,
  templateDefinitionProblems,
  templateFieldProblems,
} from "./utils"

type Row = Record<string, any>
type TemplateWrite = Row & { id?: string; name?: string; attributes?: any[] }

const eventsAppendOnly = closedMethod(
  SerialErrorCode.EVENT_APPEND_ONLY,
  "Serial events are append-only: record a correction as a new event"
)
const serialNumbersStay = closedMethod(
  SerialErrorCode.DELETE_NOT_ALLOWED,
  "Serial numbers are never deleted or restored directly: their history is the audit trail " +
    "(a failed receipt is rolled back by its workflow; use the transitions for everything else)"
)
const policiesThroughSet = closedMethod(
  SerialErrorCode.POLICY_WRITE_NOT_ALLOWED,
  "Tracking policies change only through setSerialTrackingPolicy (it locks the item, checks " +
    "the template and refuses to switch tracking off while units are held)"
)

/**
 * The serial inventory module. It is the last line of defence for the rules:
 * `transitionSerialNumbers` is the only way to change a status, every status
 * change writes exactly one event in the same transaction, batches are
 * all-or-nothing, bulk paths cost a constant number of SQL statements, and
 * the generated methods that could bypass a rule are closed or guarded. The
 * work itself lives in `operations/` (writes) and `sql/` (statements). Each
 * public method opens its transaction through its protected `_` twin, as in
 * Medusa's own modules.
 */
export default class SerialInventoryModuleService extends MedusaService<{
  SerialNumber: { dto: SerialNumberDTO }
  SerialEvent: { dto: SerialEventDTO }
  SerialTemplate: { dto: SerialTemplateDTO }
  SerialTrackingPolicy: { dto: SerialTrackingPolicyDTO }
}>({
  SerialNumber,
  SerialEvent,
  SerialTemplate,
  SerialTrackingPolicy,
}) {
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
    return await this.createSerialNumbers_(
      Array.isArray(data) ? data : [data],
      actor,
      sharedContext
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
   * Changes non-status fields of units and records each kind of change as an
   * event (`moved`, `condition_changed`, `attributes_changed`, `updated`).
   * `status` is refused. Used by `updateSerialNumbersWorkflow`.
   */
  @InjectManager()
  // @ts-expect-error narrows the generated method: no status, always audited
  async updateSerialNumbers(
    data: UpdateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UpdateSerialNumberFieldsResult> {
    return await this.updateSerialNumbers_(data, actor, sharedContext)
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
   * Takes back the units of a batch being rolled back (compensation of
   * `createSerialNumbersStep`): deletes those with nothing but their receipt.
   * A unit with later history refuses the call (`serial_number_has_history`),
   * or, with `keepTouched`, is kept with a `note` event saying why.
   */
  @InjectManager()
  async purgeCreatedSerialNumbers(
    ids: string[],
    options: { keepTouched?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RollBackCreatedResult> {
    return await this.purgeCreatedSerialNumbers_(ids, options, sharedContext)
  }

  @InjectTransactionManager()
  protected async purgeCreatedSerialNumbers_(
    ids: string[],
    options: { keepTouched?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RollBackCreatedResult> {
    return await rollBackCreatedSerialNumbers(
      knexFrom(sharedContext, true),
      ids,
      options
    )
  }

  /**
   * Soft-deletes templates no live policy or unit uses, refusing otherwise
   * (`serial_template_in_use`). Used by `deleteSerialTemplatesWorkflow`; the
   * generated delete methods come here too.
   */
  @InjectManager()
  async deleteUnusedSerialTemplates(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.deleteUnusedSerialTemplates_(ids, sharedContext)
  }

  @InjectTransactionManager()
  protected async deleteUnusedSerialTemplates_(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await deleteUnusedTemplates(knexFrom(sharedContext, true), ids)
  }

  /**
   * Creates, changes or (`remove: true`) deletes an inventory item's tracking
   * policy: serialized per item, template checked under a share lock, and
   * refused (`serial_tracking_policy_in_use`) where it would leave held units
   * untracked. Used by `setSerialTrackingPolicyWorkflow` and its compensation.
   */
  @InjectManager()
  async setSerialTrackingPolicy(
    input: SerialTrackingPolicyChange,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SetPolicyResult> {
    return await this.setSerialTrackingPolicy_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async setSerialTrackingPolicy_(
    input: SerialTrackingPolicyChange,
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
  ): Promise<[SerialNumberDTO[], number]> {
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
  ): Promise<SerialNumberDTO | null> {
    return await findBySerial(knexFrom(sharedContext), serial)
  }

  /** Adds `note` events; every other kind is written by the operation it records. */
  @InjectManager()
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

  // @ts-expect-error guards the generated method
  createSerialTemplates(
    data: TemplateWrite[],
    sharedContext?: Context
  ): Promise<SerialTemplateDTO[]>
  createSerialTemplates(
    data: TemplateWrite,
    sharedContext?: Context
  ): Promise<SerialTemplateDTO>
  /** Creates templates: definitions checked, names claimed under a lock (a clash is a duplicate error). */
  @InjectManager()
  async createSerialTemplates(
    data: TemplateWrite | TemplateWrite[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialTemplateDTO | SerialTemplateDTO[]> {
    return await this.writeTemplates_("create", data, sharedContext)
  }

  // @ts-expect-error guards the generated method
  updateSerialTemplates(
    data: TemplateWrite[],
    sharedContext?: Context
  ): Promise<SerialTemplateDTO[]>
  updateSerialTemplates(
    data: TemplateWrite,
    sharedContext?: Context
  ): Promise<SerialTemplateDTO>
  /** Changes templates, with the same checks as `createSerialTemplates`. */
  @InjectManager()
  async updateSerialTemplates(
    data: TemplateWrite | TemplateWrite[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialTemplateDTO | SerialTemplateDTO[]> {
    return await this.writeTemplates_("update", data, sharedContext)
  }

  @InjectTransactionManager()
  protected async writeTemplates_(
    kind: "create" | "update",
    data: TemplateWrite | TemplateWrite[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialTemplateDTO | SerialTemplateDTO[]> {
    const rows = Array.isArray(data) ? data : [data]
    rows.forEach((t) => assertNoNul(t, `Template ${t.name ?? t.id}`))
    const problems = rows.flatMap((t) =>
      [
        ...templateFieldProblems(t, kind === "create"),
        ...templateDefinitionProblems(t.attributes ?? []),
      ].map((p) => `${t.name || t.id || "template"}: ${p}`)
    )
    if (problems.length) {
      throw serialError(
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.TEMPLATE_INVALID,
        `Invalid template: ${problems.join("; ")}`
      )
    }
    await lockTemplateNames(knexFrom(sharedContext, true), rows)
    return kind === "create"
      ? await super.createSerialTemplates(data as any, sharedContext)
      : await super.updateSerialTemplates(data as any, sharedContext)
  }

  /** Brings deleted templates back, unless a live template took the name meanwhile. */
  @InjectManager()
  // @ts-expect-error guards the generated method
  async restoreSerialTemplates(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.restoreSerialTemplates_(ids, sharedContext)
  }

  @InjectTransactionManager()
  protected async restoreSerialTemplates_(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const knex = knexFrom(sharedContext, true)
    const names: { name: string }[] = await knex("serial_template")
      .whereIn("id", ids)
      .whereNotNull("deleted_at")
      .select("name")
    await lockTemplateNames(knex, names)
    await super.restoreSerialTemplates(ids, {}, sharedContext)
  }

  // Deleting a template always goes through the in-use check.
  // @ts-expect-error guards the generated method
  async deleteSerialTemplates(ids: string | string[]): Promise<void> {
    await this.deleteUnusedSerialTemplates(Array.isArray(ids) ? ids : [ids])
  }
  // @ts-expect-error guards the generated method
  async softDeleteSerialTemplates(ids: string | string[]): Promise<void> {
    await this.deleteUnusedSerialTemplates(Array.isArray(ids) ? ids : [ids])
  }

  // Units leave only through their workflow's rollback; policies change only through setSerialTrackingPolicy.
  deleteSerialNumbers = serialNumbersStay
  softDeleteSerialNumbers = serialNumbersStay
  restoreSerialNumbers = serialNumbersStay
  createSerialTrackingPolicies = policiesThroughSet
  updateSerialTrackingPolicies = policiesThroughSet
  deleteSerialTrackingPolicies = policiesThroughSet
  softDeleteSerialTrackingPolicies = policiesThroughSet
  restoreSerialTrackingPolicies = policiesThroughSet
  // Lifecycle events are append-only.
  updateSerialEvents = eventsAppendOnly
  deleteSerialEvents = eventsAppendOnly
  softDeleteSerialEvents = eventsAppendOnly
  restoreSerialEvents = eventsAppendOnly
}
