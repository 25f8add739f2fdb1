import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import type { SerialOrderFlowEventData } from "../../types/events"
import type { SerialActorContext } from "../../types/serial-number-inputs"
import {
  deliverFulfillment,
  type OrderFlowUndo,
  pickFulfillment,
  returnSerialNumbers,
  type ReturnSerialNumbersInput,
  type ReturnSerialNumbersResult,
  type PickFulfillmentInput,
  type PickFulfillmentResult,
  shipFulfillment,
  type ShipFulfillmentResult,
  undoOrderFlowStep,
  unpickFulfillment,
} from "./operations"
import { SerialInventoryServiceBase } from "./serial-inventory-service-base"
import { knexFrom } from "./sql"

/**
 * The module's order-flow methods after allocation: pick, ship, deliver,
 * unpick (a canceled fulfillment), return and the undo a compensating workflow
 * calls. Each is one transaction; the work lives in `operations/`.
 */
export class SerialInventoryOrderFlow extends SerialInventoryServiceBase {
  /** Records the units a fulfillment takes (see `pickFulfillment`). */
  @InjectManager()
  async pickFulfillmentSerialNumbers(
    input: PickFulfillmentInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PickFulfillmentResult> {
    return await this.pickFulfillmentSerialNumbers_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async pickFulfillmentSerialNumbers_(
    input: PickFulfillmentInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PickFulfillmentResult> {
    return await pickFulfillment(knexFrom(sharedContext, true), input, actor)
  }

  /** A fulfillment shipped: its units are sold with a fresh warranty. */
  @InjectManager()
  async shipFulfillmentSerialNumbers(
    input: { fulfillment_id: string; shipped_at?: Date | string | null },
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ShipFulfillmentResult> {
    return await this.shipFulfillmentSerialNumbers_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async shipFulfillmentSerialNumbers_(
    input: { fulfillment_id: string; shipped_at?: Date | string | null },
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ShipFulfillmentResult> {
    return await shipFulfillment(knexFrom(sharedContext, true), input, actor)
  }

  /** A fulfillment was delivered: `delivered` events, stage `delivered`. */
  @InjectManager()
  async deliverFulfillmentSerialNumbers(
    input: { fulfillment_id: string; delivered_at?: Date | string | null },
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialOrderFlowEventData[]> {
    return await this.deliverFulfillmentSerialNumbers_(
      input,
      actor,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async deliverFulfillmentSerialNumbers_(
    input: { fulfillment_id: string; delivered_at?: Date | string | null },
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialOrderFlowEventData[]> {
    return await deliverFulfillment(knexFrom(sharedContext, true), input, actor)
  }

  /** A fulfillment was canceled: its picked units go back to stage `allocated`. */
  @InjectManager()
  async unpickFulfillmentSerialNumbers(
    input: { fulfillment_id: string },
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, any>[]> {
    return await this.unpickFulfillmentSerialNumbers_(
      input,
      actor,
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async unpickFulfillmentSerialNumbers_(
    input: { fulfillment_id: string },
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, any>[]> {
    return await unpickFulfillment(knexFrom(sharedContext, true), input, actor)
  }

  /** Records the units a return brought back (see `returnSerialNumbers`). */
  @InjectManager()
  async recordReturnedSerialNumbers(
    input: ReturnSerialNumbersInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnSerialNumbersResult> {
    return await this.recordReturnedSerialNumbers_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordReturnedSerialNumbers_(
    input: ReturnSerialNumbersInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReturnSerialNumbersResult> {
    return await returnSerialNumbers(
      knexFrom(sharedContext, true),
      input,
      actor
    )
  }

  /** Puts back what a pick, ship or return step changed (workflow compensation). */
  @InjectManager()
  async undoSerialOrderFlowStep(
    undo: OrderFlowUndo,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await this.undoSerialOrderFlowStep_(undo, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async undoSerialOrderFlowStep_(
    undo: OrderFlowUndo,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoOrderFlowStep(knexFrom(sharedContext, true), undo, actor)
  }
}
