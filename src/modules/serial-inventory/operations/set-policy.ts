import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { newEntityId, serialError } from "../utils"

export const POLICY_FIELDS = [
  "mode",
  "template_id",
  "warranty_months",
  "allocation_strategy",
  "generator_pattern",
  "metadata",
] as const

export interface SetPolicyResult {
  policy: Record<string, any>
  /** The policy's values before, or null when this created it. */
  previous: Record<string, any> | null
}

/**
 * Creates or changes an inventory item's tracking policy in one transaction,
 * serialized per item by an advisory lock, holding a key-share lock on its
 * template so the template cannot be deleted under it.
 */
export async function setPolicy(
  knex: Knex,
  input: Record<string, any>
): Promise<SetPolicyResult> {
  if (input.template_id) {
    const template = await knex("serial_template")
      .where({ id: input.template_id })
      .whereNull("deleted_at")
      .forKeyShare()
      .first("id")
    if (!template) {
      throw serialError(
        MedusaError.Types.NOT_FOUND,
        SerialErrorCode.TEMPLATE_NOT_FOUND,
        `Serial template not found: ${input.template_id}`
      )
    }
  }
  const values = Object.fromEntries(
    POLICY_FIELDS.filter((f) => f in input).map((f) => [f, input[f]])
  )
  if ("metadata" in values) {
    values.metadata =
      values.metadata === null ? null : JSON.stringify(values.metadata)
  }
  // Serialize sets for one item across processes (the first set has no row to lock yet).
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
    `serial_tracking_policy:${input.inventory_item_id}`,
  ])
  const existing = await knex("serial_tracking_policy")
    .where({ inventory_item_id: input.inventory_item_id })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
  if (existing) {
    const [policy] = await knex("serial_tracking_policy")
      .where({ id: existing.id })
      .update({ ...values, updated_at: new Date() })
      .returning("*")
    const previous = Object.fromEntries(
      POLICY_FIELDS.map((f) => [f, existing[f]])
    )
    return { policy, previous: { id: existing.id, ...previous } }
  }
  const [policy] = await knex("serial_tracking_policy")
    .insert({
      id: newEntityId("stpol"),
      inventory_item_id: input.inventory_item_id,
      ...values,
    })
    .returning("*")
  return { policy, previous: null }
}
