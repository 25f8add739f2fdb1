import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialInboundDTO } from "../../../types/serial-inbound"
import { serialError } from "../utils"

/** Refuses a change to a manifest that is no longer open (`serial_inbound_not_open`). */
export function assertInboundOpen(inbound: SerialInboundDTO, action: string) {
  if (inbound.status !== "open") {
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.INBOUND_NOT_OPEN,
      `Serial inbound ${inbound.id} is ${inbound.status}: cannot ${action}`
    )
  }
}

/** A manifest refused as given (`serial_inbound_invalid`). */
export function inboundInvalid(message: string) {
  return serialError(
    MedusaError.Types.INVALID_DATA,
    SerialErrorCode.INBOUND_INVALID,
    message
  )
}
