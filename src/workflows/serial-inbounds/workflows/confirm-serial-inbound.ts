import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { SerialActorContext } from "../../../types/serial-number-inputs"
import { stockAdded } from "../../serial-receipts/utils/stock-changes"
import { createReceivedUnits } from "../../serial-receipts/workflows/create-received-units"
import { confirmSerialInboundStep } from "../steps"
import { confirmationRows } from "../utils/confirmation-rows"

export const confirmSerialInboundWorkflowId = "confirm-serial-inbound"

export interface ConfirmSerialInboundWorkflowInput {
  id: string
  actor?: SerialActorContext
}

/**
 * Confirms a manifest by the pre-receipt rule: its scanned serials (only
 * expected ones on pre-entered lines; the scanned set on quantity lines) are
 * received at its location as units `in_stock` with `received` events
 * (`receipt_reference` the manifest id), and Medusa's `stocked_quantity`
 * rises by the same count through the receipt's own steps. All or nothing:
 * a failure reopens the manifest and takes units and stock back. Emits
 * `serial_number.created`; exposes the `serialInboundConfirmed` hook. Used by
 * `POST /admin/serial-inbounds/:id/confirm`.
 */
export const confirmSerialInboundWorkflow = createWorkflow(
  confirmSerialInboundWorkflowId,
  (input: ConfirmSerialInboundWorkflowInput) => {
    const confirmation = confirmSerialInboundStep(input.id)
    const { created, stock } = createReceivedUnits(
      transform({ confirmation, input }, ({ confirmation, input }) => ({
        serial_numbers: confirmationRows(confirmation),
        actor: input.actor,
      }))
    )
    const result = transform(
      { confirmation, created, stock },
      ({ confirmation, created, stock }) => ({
        id: confirmation.inbound_id,
        count: created.length,
        stock_added: stockAdded(stock),
        serial_numbers: created.map((u) => ({
          id: u.id,
          serial: u.serial,
          inventory_item_id: u.inventory_item_id,
        })),
      })
    )
    const serialInboundConfirmed = createHook("serialInboundConfirmed", {
      inbound: result,
    })
    return new WorkflowResponse(result, { hooks: [serialInboundConfirmed] })
  }
)
