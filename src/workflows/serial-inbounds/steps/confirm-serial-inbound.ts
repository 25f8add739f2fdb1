import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SerialInboundStatus } from "../../../types/serial-inbound"
import { inboundService } from "./service"

/**
 * Marks an open manifest confirmed (refused with extra scans or nothing
 * scanned) and returns its scanned serials to receive. Compensation puts it
 * back to open.
 */
export const confirmSerialInboundStep = createStep(
  "confirm-serial-inbound",
  async (id: string, { container }) => {
    const confirmation =
      await inboundService(container).confirmSerialInbound(id)
    return new StepResponse(confirmation, id)
  },
  async (id, { container }) => {
    if (id) {
      await inboundService(container).reopenSerialInbound(
        id,
        SerialInboundStatus.CONFIRMED
      )
    }
  }
)
