import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../types/error-codes"
import type {
  CreateSerialNumberInput,
  RevertSerialTransitionsInput,
  SerialActorContext,
  SerialTransitionRecord,
  TransitionSerialNumbersInput,
  UpdateSerialNumberInput,
} from "../../types/serial-number-inputs"
import { SerialEventType } from "../../types/serial-event-type"
import { SerialNumberAction } from "../../types/serial-number-status"
import { SerialEvent, SerialNumber, SerialTemplate, SerialTrackingPolicy } from "./models"
import {
  applySerialNumberFilters,
  findByNormalizedSerials,
  insertSerialEvents,
  insertSerialNumbers,
  knexFrom,
  lockSerialNumbers,
  SerialNumberFilters,
  UPDATABLE_COLUMNS,
  updateSerialNumberRows,
} from "./sql"
import {
  ACTION_EVENT_TYPE,
  addMonths,
  assertTransition,
  batchKeys,
  canRevert,
  creationError,
  listForMessage,
  normalizeSerial,
  planSerialCreation,
  planSerialUpdate,
  serialError,
  TRANSITIONS,
} from "./utils"

type Row = Record<string, any>

function actorFields(ctx: SerialActorContext = {}) {
  return {
    actor_type: ctx.actor_type ?? "system",
    actor_id: ctx.actor_id ?? null,
    note: ctx.note ?? null,
    references: ctx.references ?? null,
  }
}

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
  @InjectManager()
  // @ts-expect-error narrows the generated method: units are always received
  async createSerialNumbers(
    data: CreateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row[]> {
    return await this.createSerialNumbers_(data, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async createSerialNumbers_(
    data: CreateSerialNumberInput[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row[]> {
    const knex = knexFrom(sharedContext, true)
    const itemIds = [...new Set(data.map((d) => d.inventory_item_id))]
    const [existing, policies] = await Promise.all([
      findByNormalizedSerials(knex, batchKeys(data)),
      this.listSerialTrackingPolicies({ inventory_item_id: itemIds }, {}, sharedContext),
    ])
    const templateIds = [
      ...new Set([...data.map((d) => d.template_id), ...policies.map((p) => p.template_id)]),
    ].filter(Boolean) as string[]
    const templates = templateIds.length
      ? await this.listSerialTemplates({ id: templateIds }, {}, sharedContext)
      : []
    const { rows, problems } = planSerialCreation(data, {
      existing: new Map(existing.map((e) => [e.normalized_serial, e.id])),
      policies: new Map(policies.map((p) => [p.inventory_item_id, p])),
      templates: new Map(templates.map((t) => [t.id, t as any])),
    })
    if (problems.length) {
      throw creationError(problems, data.length)
    }
    const created = await this.insertOrExplainDuplicates(knex, rows)
    await insertSerialEvents(
      knex,
      created.map((u) => ({
        serial_number_id: u.id,
        type: SerialEventType.RECEIVED,
        to_status: u.status,
        stock_location_id: u.stock_location_id,
        ...actorFields(actor),
      }))
    )
    return created
  }

  /**
   * Removes units created by a batch that is being rolled back, with their
   * events (the compensation of `createSerialNumbersStep`). Refuses units
   * that have lived on since (any event besides `received`).
   */
  @InjectTransactionManager()
  async purgeCreatedSerialNumbers(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const knex = knexFrom(sharedContext, true)
    const touched = await knex("serial_event")
      .whereIn("serial_number_id", ids)
      .whereNot("type", SerialEventType.RECEIVED)
      .first("serial_number_id")
    if (touched) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.EVENT_APPEND_ONLY,
        `Serial number ${touched.serial_number_id} has history beyond its receipt and cannot be purged`
      )
    }
    await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'on'")
    await knex("serial_event").whereIn("serial_number_id", ids).delete()
    await knex("serial_number").whereIn("id", ids).delete()
    await knex.raw("SET LOCAL serial_inventory.purge_created_units = 'off'")
  }

  private async insertOrExplainDuplicates(knex: any, rows: Row[]): Promise<Row[]> {
    try {
      return await insertSerialNumbers(knex, rows)
    } catch (e: any) {
      if (e?.code !== "23505") {
        throw e
      }
      // Another transaction inserted one of these serials since we looked.
      throw serialError(
        MedusaError.Types.DUPLICATE_ERROR,
        SerialErrorCode.DUPLICATE,
        `Serial numbers already exist (created concurrently), nothing was written: ${e.detail ?? ""}`
      )
    }
  }

  /**
   * Changes non-status fields of units and records each kind of change as an
   * event (`moved`, `condition_changed`, `attributes_changed`, `updated`).
   * `status` is refused: only transitions change it.
   */
  @InjectManager()
  // @ts-expect-error narrows the generated method: no status, always audited
  async updateSerialNumbers(
    data: UpdateSerialNumberInput[],
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row[]> {
    return await this.updateSerialNumbers_(data, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async updateSerialNumbers_(
    data: UpdateSerialNumberInput[],
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row[]> {
    if (!Array.isArray(data) || data.some((d) => !d || typeof d !== "object" || "status" in d)) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.STATUS_READ_ONLY,
        "A serial number's status changes only through a transition (reserve, release, sell, return, restock, mark defective)"
      )
    }
    const knex = knexFrom(sharedContext, true)
    const current = await this.lockExisting(knex, data.map((d) => d.id))
    const templateIds = [...new Set(current.map((c) => c.template_id).filter(Boolean))]
    const templates = templateIds.length
      ? await this.listSerialTemplates({ id: templateIds }, {}, sharedContext)
      : []
    const defsById = new Map(templates.map((t) => [t.id, (t.attributes ?? []) as any]))
    const byId = new Map(current.map((c) => [c.id, c]))
    const problems: string[] = []
    const plans = data.map((input) => {
      const unit = byId.get(input.id)!
      const plan = planSerialUpdate(unit, input, unit.template_id ? defsById.get(unit.template_id) ?? [] : null)
      problems.push(...plan.problems.map((p) => `${unit.serial}: ${p}`))
      return { unit, plan }
    })
    if (problems.length) {
      throw serialError(
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.INVALID_ATTRIBUTES,
        `Invalid attributes, nothing was written: ${listForMessage(problems)}`
      )
    }
    const changed = plans.filter((p) => p.plan.events.length)
    await updateSerialNumberRows(knex, changed.map((p) => p.plan.next), [...UPDATABLE_COLUMNS])
    await insertSerialEvents(
      knex,
      changed.flatMap(({ unit, plan }) =>
        plan.events.map((e) => ({
          serial_number_id: unit.id,
          type: e.type,
          stock_location_id: unit.stock_location_id,
          data: { changes: e.changes },
          ...actorFields(actor),
        }))
      )
    )
    return await lockSerialNumbers(knex, data.map((d) => d.id))
  }

  /**
   * The one way to change a status: locks the units, checks the transition
   * table for all of them (one error naming every refused unit), writes the
   * new status with a guarded conditional update and one event per unit, all
   * in one transaction. `sell` also starts the warranty from the item's
   * policy or template when the unit has none. Returns what it changed, for
   * `revertSerialNumberTransitions`.
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
    const knex = knexFrom(sharedContext, true)
    const units = await this.lockExisting(knex, input.ids)
    assertTransition(units as any, input.action)
    const to = TRANSITIONS[input.action].to
    const months =
      input.action === SerialNumberAction.SELL
        ? await this.warrantyMonthsFor(units, sharedContext)
        : new Map<string, number | null>()
    const now = new Date()
    const rows = units.map((u) => {
      const length = months.get(u.id)
      const startsAt = u.warranty_starts_at ?? (length ? now : null)
      return {
        id: u.id,
        status: to,
        expected_status: u.status,
        warranty_starts_at: startsAt,
        warranty_expires_at: u.warranty_expires_at ?? (length ? addMonths(startsAt, length) : null),
      }
    })
    await this.writeStatuses(knex, rows)
    await insertSerialEvents(
      knex,
      units.map((u) => ({
        serial_number_id: u.id,
        type: ACTION_EVENT_TYPE[input.action],
        from_status: u.status,
        to_status: to,
        stock_location_id: u.stock_location_id,
        ...actorFields(input),
      }))
    )
    return units.map((u) => ({
      id: u.id,
      serial: u.serial,
      from_status: u.status,
      to_status: to,
      warranty_starts_at: u.warranty_starts_at,
      warranty_expires_at: u.warranty_expires_at,
    }))
  }

  /**
   * Undoes transitions (workflow compensation): each unit goes back to the
   * status and warranty dates it had, only while it is still where the
   * action put it, and a `reverted` event records it.
   */
  @InjectManager()
  async revertSerialNumberTransitions(
    input: RevertSerialTransitionsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.revertSerialNumberTransitions_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertSerialNumberTransitions_(
    input: RevertSerialTransitionsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const knex = knexFrom(sharedContext, true)
    const units = await this.lockExisting(knex, input.records.map((r) => r.id))
    const byId = new Map(units.map((u) => [u.id, u]))
    const refused = input.records.filter((r) => !canRevert(input.action, byId.get(r.id)!.status, r.from_status))
    if (refused.length) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.INVALID_TRANSITION,
        `Cannot undo "${input.action}" for ${refused.map((r) => `${r.serial} (${byId.get(r.id)!.status})`).join(", ")}`
      )
    }
    await this.writeStatuses(
      knex,
      input.records.map((r) => ({
        id: r.id,
        status: r.from_status,
        expected_status: r.to_status,
        warranty_starts_at: r.warranty_starts_at,
        warranty_expires_at: r.warranty_expires_at,
      }))
    )
    await insertSerialEvents(
      knex,
      input.records.map((r) => ({
        serial_number_id: r.id,
        type: SerialEventType.REVERTED,
        from_status: r.to_status,
        to_status: r.from_status,
        stock_location_id: byId.get(r.id)!.stock_location_id,
        data: { reverted_action: input.action },
        ...actorFields(input),
      }))
    )
  }

  private async writeStatuses(knex: any, rows: Row[]): Promise<void> {
    const written = await updateSerialNumberRows(
      knex,
      rows,
      ["status", "warranty_starts_at", "warranty_expires_at"],
      true
    )
    if (written !== rows.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Serial number status changed concurrently (${written} of ${rows.length} written)`
      )
    }
  }

  private async lockExisting(knex: any, ids: string[]): Promise<Row[]> {
    const unique = [...new Set(ids)]
    const units = await lockSerialNumbers(knex, unique)
    if (units.length !== unique.length) {
      const found = new Set(units.map((u) => u.id))
      throw serialError(
        MedusaError.Types.NOT_FOUND,
        SerialErrorCode.NOT_FOUND,
        `Serial number(s) not found: ${listForMessage(unique.filter((id) => !found.has(id)))}`
      )
    }
    return units
  }

  /** Warranty length per unit: its item's policy, else its template. */
  private async warrantyMonthsFor(units: Row[], sharedContext: Context) {
    const itemIds = [...new Set(units.map((u) => u.inventory_item_id))]
    const policies = await this.listSerialTrackingPolicies({ inventory_item_id: itemIds }, {}, sharedContext)
    const templateIds = [...new Set([...units.map((u) => u.template_id), ...policies.map((p) => p.template_id)])]
    const templates = await this.listSerialTemplates({ id: templateIds.filter(Boolean) as string[] }, {}, sharedContext)
    const policyByItem = new Map(policies.map((p) => [p.inventory_item_id, p]))
    const templateMonths = new Map(templates.map((t) => [t.id, t.warranty_months]))
    return new Map(
      units.map((u) => {
        const policy = policyByItem.get(u.inventory_item_id)
        const templateId = u.template_id ?? policy?.template_id
        return [u.id, policy?.warranty_months ?? (templateId ? templateMonths.get(templateId) : null) ?? null]
      })
    )
  }

  /** Filtered, paginated units (admin list). */
  @InjectManager()
  async listSerialNumbersByFilters(
    filters: SerialNumberFilters,
    page: { skip?: number; take?: number; order?: string } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[Row[], number]> {
    const knex = knexFrom(sharedContext)
    const [column, direction] = (page.order ?? "-created_at").startsWith("-")
      ? [page.order?.slice(1) ?? "created_at", "desc"]
      : [page.order!, "asc"]
    const base = () => applySerialNumberFilters(knex("serial_number"), filters)
    const [rows, [{ count }]] = await Promise.all([
      base()
        .select("*")
        .orderBy([{ column, order: direction }, { column: "id", order: direction }])
        .offset(page.skip ?? 0)
        .limit(page.take ?? 20),
      base().count<{ count: string }[]>("* as count"),
    ])
    return [rows, Number(count)]
  }

  /** Units per status for the same filters, ignoring the status filter (status tabs). */
  @InjectManager()
  async countSerialNumbersByStatus(
    filters: SerialNumberFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const knex = knexFrom(sharedContext)
    const rows = await applySerialNumberFilters(knex("serial_number"), filters, { ignoreStatus: true })
      .select("status")
      .count("* as count")
      .groupBy("status")
    const counts: Record<string, number> = { in_stock: 0, reserved: 0, sold: 0, returned: 0, defective: 0 }
    for (const r of rows as any[]) {
      counts[r.status] = Number(r.count)
    }
    return counts
  }

  /** The live unit with this serial (compared normalized), or null. One statement. */
  @InjectManager()
  async retrieveSerialNumberBySerial(
    serial: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row | null> {
    const knex = knexFrom(sharedContext)
    const row = await knex("serial_number")
      .where({ normalized_serial: normalizeSerial(serial) })
      .whereNull("deleted_at")
      .first()
    return row ?? null
  }

  /** Adds events that change no status (notes); status events come from transitions only. */
  // @ts-expect-error narrows the generated method
  async createSerialEvents(data: Row | Row[], @MedusaContext() sharedContext: Context = {}) {
    const list = Array.isArray(data) ? data : [data]
    if (list.some((e) => e.from_status || e.to_status)) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.STATUS_READ_ONLY,
        "Status events are written by transitions only"
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
