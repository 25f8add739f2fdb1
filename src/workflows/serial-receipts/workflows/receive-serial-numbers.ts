import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import {
  resolveSerialNumberScansStep,
  validateSerialNumberInventoryReferencesStep,
} from "../../serial-numbers/steps"
import { prepareSerialReceiptStep } from "../steps"
import type { ReceiveSerialNumbersInput } from "../utils/receipt-input"
import { stockAdded } from "../utils/stock-changes"
import { createReceivedUnits } from "./create-received-units"

export const receiveSerialNumbersWorkflowId = "receive-serial-numbers"

export interface ReceiveSerialNumbersWorkflowInput {
  receipt: ReceiveSerialNumbersInput
  actor?: SerialActorContext
}

/**
 * Goods-in at one location (up to 100,000 units of one `full` item): checks
 * the item and location, expands listed, ranged and generated serials,
 * reads scanned ones (GS1 element strings, Digital Links; GTIN checked),
 * creates the units `in_stock` with their `received` events and raises
 * Medusa's `stocked_quantity` there by the same count through Medusa's
 * inventory steps, all or nothing (every step compensates). Emits
 * `serial_number.created`; exposes the `serialNumbersReceived` hook.
 */
export const receiveSerialNumbersWorkflow = createWorkflow(
  receiveSerialNumbersWorkflowId,
  (input: ReceiveSerialNumbersWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      inventory_item_ids: [input.receipt.inventory_item_id],
      stock_location_ids: [input.receipt.stock_location_id],
    }))
    validateSerialNumberInventoryReferencesStep(references)
    const prepared = prepareSerialReceiptStep(input.receipt)
    const resolved = resolveSerialNumberScansStep(
      transform({ prepared }, ({ prepared }) => ({
        serial_numbers: prepared.rows,
      }))
    )
    const { created, stock } = createReceivedUnits(
      transform({ resolved, input }, ({ resolved, input }) => ({
        serial_numbers: resolved.serial_numbers,
        actor: input.actor,
        serialize_existing: input.receipt.serialize_existing ?? false,
      }))
    )
    const result = transform(
      { prepared, created, stock, input },
      ({ prepared, created, stock, input }) => ({
        receipt_reference: prepared.receipt_reference,
        inventory_item_id: input.receipt.inventory_item_id,
        stock_location_id: input.receipt.stock_location_id,
        count: created.length,
        stock_added: stockAdded(stock),
        serial_numbers: created.map((u) => ({ id: u.id, serial: u.serial })),
      })
    )
    const serialNumbersReceived = createHook("serialNumbersReceived", {
      receipt: result,
    })
    return new WorkflowResponse(result, { hooks: [serialNumbersReceived] })
  }
)
