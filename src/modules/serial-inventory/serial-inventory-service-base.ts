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
  SerialAllocationDTO,
  SerialEventDTO,
  SerialIdempotencyKeyDTO,
  SerialImportDTO,
  SerialNumberDTO,
  SerialTemplateDTO,
  SerialTrackingPolicyDTO,
} from "../../types/serial-records"
import type { SerialPhotoDTO } from "../../types/serial-photo"
import type { SerialRecallDTO } from "../../types/serial-recall"
import type {
  SerialInboundDTO,
  SerialInboundLineDTO,
  SerialInboundSerialDTO,
} from "../../types/serial-inbound"
import type { SerialTrackingPolicyChange } from "../../types/tracking-policy"
import {
  SerialAllocation,
  SerialEvent,
  SerialInbound,
  SerialInboundLine,
  SerialInboundSerial,
  SerialIdempotencyKey,
  SerialImport,
  SerialNumber,
  SerialPhoto,
  SerialRecall,
  SerialRecallUnit,
  SerialTemplate,
  SerialTrackingPolicy,
} from "./models"
import {
  deleteUnusedTemplates,
  lockTemplateNames,
  setPolicy,
  SetPolicyResult,
} from "./operations"
import { knexFrom } from "./sql"
import {
  assertNoNul,
  closedMethod,
  serialError,
  templateDefinitionProblems,
  templateFieldProblems,
} from "./utils"

type Row = Record<string, any>
type SerialRecallUnitDTO = Row
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
const allocationsThroughOrderFlow = closedMethod(
  SerialErrorCode.ALLOCATION_WRITE_NOT_ALLOWED,
  "Allocations change only through the order flow's operations (they lock the line and " +
    "keep each unit on one line at most)"
)
const photosThroughTheirOperations = closedMethod(
  SerialErrorCode.PHOTO_WRITE_NOT_ALLOWED,
  "Photos change only through addSerialPhotos and removeSerialPhotos (each writes the " +
    "unit's photo_added / photo_removed event in the same transaction)"
)
const policiesThroughSet = closedMethod(
  SerialErrorCode.POLICY_WRITE_NOT_ALLOWED,
  "Tracking policies change only through setSerialTrackingPolicy (it locks the item, checks " +
    "the template and refuses to switch tracking off while units are held)"
)

/**
 * The module's generated methods, made safe: `MedusaService` generates
 * create/update/delete/restore methods for every model, and those that could
 * bypass a rule are closed (units, policies, events) or guarded (templates),
 * next to the guarded policy and template operations themselves. The serial
 * number operations live in `SerialInventoryModuleService` (service.ts).
 */
export class SerialInventoryServiceBase extends MedusaService<{
  SerialNumber: { dto: SerialNumberDTO }
  SerialEvent: { dto: SerialEventDTO }
  SerialTemplate: { dto: SerialTemplateDTO }
  SerialTrackingPolicy: { dto: SerialTrackingPolicyDTO }
  SerialAllocation: { dto: SerialAllocationDTO }
  // Medusa's type-level plural of "Photo" is "Photoes"; the runtime names are "SerialPhotos".
  SerialPhoto: { dto: SerialPhotoDTO; plural: "SerialPhotos" }
  SerialInbound: { dto: SerialInboundDTO }
  SerialInboundLine: { dto: SerialInboundLineDTO }
  SerialInboundSerial: { dto: SerialInboundSerialDTO }
  SerialImport: { dto: SerialImportDTO }
  SerialIdempotencyKey: { dto: SerialIdempotencyKeyDTO }
  SerialRecall: { dto: SerialRecallDTO }
  SerialRecallUnit: { dto: SerialRecallUnitDTO }
}>({
  SerialInbound,
  SerialInboundLine,
  SerialInboundSerial,
  SerialAllocation,
  SerialPhoto,
  SerialNumber,
  SerialEvent,
  SerialTemplate,
  SerialTrackingPolicy,
  SerialImport,
  SerialIdempotencyKey,
  SerialRecall,
  SerialRecallUnit,
}) {
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
    ids: string | string[],
    _config: Record<string, unknown> = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.restoreSerialTemplates_(
      Array.isArray(ids) ? ids : [ids],
      sharedContext
    )
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

  /** Deleting a template always goes through the in-use check. */
  @InjectManager()
  // @ts-expect-error guards the generated method
  async deleteSerialTemplates(
    ids: string | string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.deleteUnusedSerialTemplates_(
      Array.isArray(ids) ? ids : [ids],
      sharedContext
    )
  }

  /** Soft-deleting a template is deleting it: through the in-use check. */
  @InjectManager()
  // @ts-expect-error guards the generated method
  async softDeleteSerialTemplates(
    ids: string | string[],
    _config: Record<string, unknown> = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.deleteUnusedSerialTemplates_(
      Array.isArray(ids) ? ids : [ids],
      sharedContext
    )
  }

  // Closed: units leave only through their receipt's rollback, policies change only
  // through setSerialTrackingPolicy, photos only with their events, and events are
  // append-only. Prototype methods
  // (not fields), so a test can check every generated write method is overridden.
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialNumbers(): Promise<never> {
    return await serialNumbersStay()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialNumbers(): Promise<never> {
    return await serialNumbersStay()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialNumbers(): Promise<never> {
    return await serialNumbersStay()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialTrackingPolicies(): Promise<never> {
    return await policiesThroughSet()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialTrackingPolicies(): Promise<never> {
    return await policiesThroughSet()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialTrackingPolicies(): Promise<never> {
    return await policiesThroughSet()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialTrackingPolicies(): Promise<never> {
    return await policiesThroughSet()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialTrackingPolicies(): Promise<never> {
    return await policiesThroughSet()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialEvents(): Promise<never> {
    return await eventsAppendOnly()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialEvents(): Promise<never> {
    return await eventsAppendOnly()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialEvents(): Promise<never> {
    return await eventsAppendOnly()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialEvents(): Promise<never> {
    return await eventsAppendOnly()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialAllocations(): Promise<never> {
    return await allocationsThroughOrderFlow()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialAllocations(): Promise<never> {
    return await allocationsThroughOrderFlow()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialAllocations(): Promise<never> {
    return await allocationsThroughOrderFlow()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialAllocations(): Promise<never> {
    return await allocationsThroughOrderFlow()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialAllocations(): Promise<never> {
    return await allocationsThroughOrderFlow()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialPhotos(): Promise<never> {
    return await photosThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialPhotos(): Promise<never> {
    return await photosThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialPhotos(): Promise<never> {
    return await photosThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialPhotos(): Promise<never> {
    return await photosThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialPhotos(): Promise<never> {
    return await photosThroughTheirOperations()
  }
}
