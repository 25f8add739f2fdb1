import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { SerialNumberEvents } from "../../../types/events"
import type {
  CreateSerialNumberInput,
  SerialActorContext,
} from "../../../types/serial-number-inputs"
import { createSerialNumbersStep } from "../../serial-numbers/steps"
import { raiseReceivedStock } from "./raise-received-stock"

export interface CreateReceivedUnitsInput {
  serial_numbers: CreateSerialNumberInput[]
  actor?: SerialActorContext
  /** The units serialize stock Medusa already counts: nothing to raise. */
  serialize_existing?: boolean
}

/**
 * Composes, inside a workflow, what every receipt does once its rows are
 * known: creates the units `in_stock` with their `received` events, raises
 * Medusa's `stocked_quantity` by the same count per item and location, and
 * emits `serial_number.created`. Every step compensates. Used by
 * `receiveSerialNumbersWorkflow` and `confirmSerialInboundWorkflow`.
 */
export function createReceivedUnits(
  input: WorkflowData<CreateReceivedUnitsInput>
) {
  const createInput = transform({ input }, ({ input }) => ({
    serial_numbers: input.serial_numbers,
    actor: input.actor,
  }))
  const created = createSerialNumbersStep(createInput)
  const stockInput = transform({ created, input }, ({ created, input }) => ({
    units: created,
    serialize_existing: input.serialize_existing ?? false,
  }))
  const stock = raiseReceivedStock(stockInput)
  const eventData = transform({ created }, ({ created }) => ({
    ids: created.map((u) => u.id),
  }))
  emitEventStep({ eventName: SerialNumberEvents.CREATED, data: eventData })
  return { created, stock }
}
