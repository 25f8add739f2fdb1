import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { SerialActorContext } from "../../types/serial-number-inputs"

/**
 * The admin behind a request, as recorded on lifecycle events: a user
 * (`actor_type` user) or a secret API key (`system`, with the key's id).
 */
export function adminActor(
  req: AuthenticatedMedusaRequest,
  note?: string | null
): SerialActorContext {
  const auth = req.auth_context
  return {
    actor_type: auth?.actor_type === "user" ? "user" : "system",
    actor_id: auth?.actor_id ?? null,
    note: note ?? null,
  }
}
