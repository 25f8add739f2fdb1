import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SerialInboundStatus } from "../../../types/serial-inbound"
import { inboundService } from "./service"

/** Cancels an open manifest. Compensation puts it back to open. */
export const cancelSerialInboundStep = createStep(
  "cancel-serial-inbound",
  async (id: string, { container }) => {
    await inboundService(container).cancelSerialInbound(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await inboundService(container).reopenSerialInbound(
        id,
        SerialInboundStatus.CANCELED
      )
    }
  }
)
