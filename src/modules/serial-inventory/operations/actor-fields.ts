import type { SerialActorContext } from "../../../types/serial-number-inputs"
import { assertNoNul } from "../utils"

/** The who/why columns every event a write leaves carries (refusing NUL characters). */
export function actorFields(ctx: SerialActorContext = {}) {
  const fields = {
    actor_type: ctx.actor_type ?? "system",
    actor_id: ctx.actor_id ?? null,
    note: ctx.note ?? null,
    references: ctx.references ?? null,
  }
  assertNoNul(fields, "Event")
  return fields
}
