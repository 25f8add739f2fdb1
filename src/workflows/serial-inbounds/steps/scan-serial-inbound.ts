import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ScanSerialInboundInput } from "../../../types/serial-inbound"
import { inboundService } from "./service"

/** Records a batch of scans against a manifest. Compensation puts its rows back as they were. */
export const scanSerialInboundStep = createStep(
  "scan-serial-inbound",
  async (input: ScanSerialInboundInput, { container }) => {
    const change = await inboundService(container).scanSerialInbound(input)
    return new StepResponse(change.results, change.undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await inboundService(container).revertSerialInboundSerials(undo)
    }
  }
)
