import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../types/error-codes"
import type { SerialActorContext } from "../../types/serial-number-inputs"
import type {
  SerialRecallDTO,
  SerialRecallPreview,
  SerialRecallSelector,
} from "../../types/serial-recall"
import {
  applySerialRecall,
  ApplySerialRecallResult,
  assertRecallSelector,
  closeSerialRecall,
  CloseSerialRecallInput,
  CloseSerialRecallResult,
  createSerialRecall,
  CreateSerialRecallInput,
} from "./operations"
import { SerialInventoryTraceability } from "./serial-inventory-traceability"
import {
  knexFrom,
  previewRecallUnits,
  recallSelectorCondition,
  type SqlFragment,
  undoRecallApply,
  undoRecallClose,
  recallRecipients,
  UnitRecipientRow,
} from "./sql"
import { closedMethod } from "./utils"

const recallsThroughTheirOperations = closedMethod(
  SerialErrorCode.RECALL_WRITE_NOT_ALLOWED,
  "Recall campaigns change only through createSerialRecall, applySerialRecall and " +
    "closeSerialRecall (each checks the campaign's status and moves its units with their events)"
)

/** Which units a recall's customer list reads: the selector's, or those an applied campaign recorded as shipped. */
function recipientUnits(
  source: { recall_id: string } | { selector: SerialRecallSelector }
): SqlFragment {
  if ("selector" in source) {
    return recallSelectorCondition(source.selector)
  }
  return {
    sql: `sn.id IN (SELECT serial_number_id FROM serial_recall_unit
                    WHERE recall_id = ? AND shipped AND deleted_at IS NULL)`,
    bindings: [source.recall_id],
  }
}

/**
 * Recall campaigns: define (a selector over units), preview, apply (block
 * the units), list the customers reached, close (release or mark
 * defective). Every bulk path is set-based; see `operations/*-serial-recall.ts`
 * and `sql/recall-*.ts`.
 */
export class SerialInventoryRecalls extends SerialInventoryTraceability {
  /**
   * Creates a draft campaign; refuses a bad selector
   * (`serial_recall_selector_invalid`) or one matching no unit
   * (`serial_recall_matches_nothing`). Used by `createSerialRecallWorkflow`.
   */
  @InjectManager()
  async createSerialRecall(
    input: CreateSerialRecallInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialRecallDTO> {
    return await this.createSerialRecall_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async createSerialRecall_(
    input: CreateSerialRecallInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialRecallDTO> {
    return await createSerialRecall(knexFrom(sharedContext, true), input, actor)
  }

  /** Deletes a draft campaign a rolled-back create made (compensation only). */
  @InjectTransactionManager()
  async deleteDraftSerialRecall(
    recallId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await knexFrom(
      sharedContext,
      true
    )("serial_recall")
      .where({ id: recallId, status: "draft" })
      .delete()
  }

  /**
   * What a selector covers, without writing: counts per status and
   * location, the units applying would block, shipped units and their
   * orders. Two statements for any number of units.
   */
  @InjectManager()
  async previewSerialRecall(
    selector: SerialRecallSelector,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialRecallPreview> {
    assertRecallSelector(selector)
    return await previewRecallUnits(
      knexFrom(sharedContext),
      recallSelectorCondition(selector)
    )
  }

  /**
   * The orders a campaign's shipped units are out on, paged (the display id
   * and email are Medusa's order fields: the caller adds them).
   */
  @InjectManager()
  async listSerialRecallRecipients(
    source: { recall_id: string } | { selector: SerialRecallSelector },
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: UnitRecipientRow[]; count: number }> {
    return await recallRecipients(
      knexFrom(sharedContext),
      recipientUnits(source),
      page
    )
  }

  /** Applies a draft campaign (see `applySerialRecall`). Used by `applySerialRecallWorkflow`. */
  @InjectManager()
  async applySerialRecall(
    recallId: string,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplySerialRecallResult> {
    return await this.applySerialRecall_(recallId, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async applySerialRecall_(
    recallId: string,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplySerialRecallResult> {
    return await applySerialRecall(
      knexFrom(sharedContext, true),
      recallId,
      actor
    )
  }

  /** Undoes an apply its workflow rolls back (units, events, unit rows, status). */
  @InjectTransactionManager()
  async undoSerialRecallApply(
    recallId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoRecallApply(knexFrom(sharedContext, true), recallId)
  }

  /** Closes an applied campaign (see `closeSerialRecall`). Used by `closeSerialRecallWorkflow`. */
  @InjectManager()
  async closeSerialRecall(
    input: CloseSerialRecallInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CloseSerialRecallResult> {
    return await this.closeSerialRecall_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async closeSerialRecall_(
    input: CloseSerialRecallInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CloseSerialRecallResult> {
    return await closeSerialRecall(knexFrom(sharedContext, true), input, actor)
  }

  /** Undoes a close its workflow rolls back (units, allocations, events, status). */
  @InjectTransactionManager()
  async undoSerialRecallClose(
    recallId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoRecallClose(knexFrom(sharedContext, true), recallId)
  }

  /**
   * For units blocked by a recall, the applied campaign holding each (one
   * statement). Used to mark them on the order's serial view.
   */
  @InjectManager()
  async listRecallsHoldingUnits(
    unitIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, { id: string; name: string }>> {
    const result = await knexFrom(sharedContext).raw(
      `SELECT DISTINCT ON (ru.serial_number_id) ru.serial_number_id, r.id, r.name
       FROM serial_recall_unit ru JOIN serial_recall r ON r.id = ru.recall_id
       WHERE ru.serial_number_id = ANY(?::text[]) AND ru.blocked
         AND r.status = 'applied' AND r.deleted_at IS NULL
       ORDER BY ru.serial_number_id, r.applied_at DESC`,
      [unitIds]
    )
    return new Map(
      result.rows.map((r: any) => [
        r.serial_number_id,
        { id: r.id, name: r.name },
      ])
    )
  }

  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialRecalls(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialRecalls(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialRecalls(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialRecalls(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialRecalls(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialRecallUnits(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialRecallUnits(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialRecallUnits(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialRecallUnits(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialRecallUnits(): Promise<never> {
    return await recallsThroughTheirOperations()
  }
}
