import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateSerialInboundInput } from "../../../types/serial-inbound"
import { inboundService } from "./service"

/** Creates an open manifest with its lines and expected serials. Compensation deletes it while still open. */
export const createSerialInboundStep = createStep(
  "create-serial-inbound",
  async (input: CreateSerialInboundInput, { container }) => {
    const id = await inboundService(container).createSerialInbound(input)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await inboundService(container).deleteCreatedSerialInbound(id)
    }
  }
)
