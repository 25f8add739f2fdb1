import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inboundService } from "./service"

export interface UndoSerialInboundScanStepInput {
  inbound_id: string
  scan_id: string
}

/** Takes one scan back. Compensation puts the scan back. */
export const undoSerialInboundScanStep = createStep(
  "undo-serial-inbound-scan",
  async (input: UndoSerialInboundScanStepInput, { container }) => {
    const undo = await inboundService(container).undoSerialInboundScan(
      input.inbound_id,
      input.scan_id
    )
    return new StepResponse(input.scan_id, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await inboundService(container).revertSerialInboundSerials(undo)
    }
  }
)
