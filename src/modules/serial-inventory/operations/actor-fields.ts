import type { SerialActorContext } from "../../../types/serial-number-inputs"

/** The who/why columns every event a write leaves carries. */
export function actorFields(ctx: SerialActorContext = {}) {
  return {
    actor_type: ctx.actor_type ?? "system",
    actor_id: ctx.actor_id ?? null,
    note: ctx.note ?? null,
    references: ctx.references ?? null,
  }
}
