import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { SerialTrackingPolicyDTO } from "../../../types/serial-records"
import type {
  SerialTrackingPolicyChange,
  SetSerialTrackingPolicyInput,
} from "../../../types/tracking-policy"
import {
  assertNoNul,
  newEntityId,
  policyValueProblems,
  serialError,
} from "../utils"

export const POLICY_FIELDS = [
  "mode",
  "template_id",
  "warranty_months",
  "allocation_strategy",
  "generator_pattern",
  "metadata",
] as const

export interface SetPolicyResult {
  /** The policy as stored now, or null when the change removed it. */
  policy: SerialTrackingPolicyDTO | null
  /** The policy's values before (its id and `POLICY_FIELDS`), or null when there was none. */
  previous: Pick<
    SerialTrackingPolicyDTO,
    "id" | (typeof POLICY_FIELDS)[number]
  > | null
}

/**
 * Creates, changes or (with `remove`) deletes an inventory item's tracking
 * policy in one transaction, serialized per item by an advisory lock. Its
 * template is held under a key-share lock so it cannot be deleted under it.
 * Leaving an item untracked (mode `none`, or no policy) is refused while it
 * has units the merchant still holds: a batch being received holds a share
 * lock on the policy row, so this waits for it and then sees its units.
 */
export async function setPolicy(
  knex: Knex,
  input: SerialTrackingPolicyChange
): Promise<SetPolicyResult> {
  const remove = "remove" in input && input.remove === true
  const values = remove
    ? {}
    : policyValues(input as SetSerialTrackingPolicyInput)
  if (values.template_id) {
    await lockTemplate(knex, values.template_id as string)
  }
  // Serialize changes for one item across processes (the first set has no row to lock yet).
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
    `serial_tracking_policy:${input.inventory_item_id}`,
  ])
  const existing = await knex("serial_tracking_policy")
    .where({ inventory_item_id: input.inventory_item_id })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
  const previous: SetPolicyResult["previous"] = existing
    ? (Object.fromEntries(
        ["id", ...POLICY_FIELDS].map((f) => [f, existing[f]])
      ) as SetPolicyResult["previous"])
    : null
  const nextMode = remove ? "none" : (values.mode ?? existing?.mode ?? "none")
  if (nextMode === "none") {
    await assertNoHeldSerialNumbers(knex, input.inventory_item_id)
  }
  if (remove) {
    if (existing) {
      await knex("serial_tracking_policy").where({ id: existing.id }).delete()
    }
    return { policy: null, previous }
  }
  if (existing) {
    const [policy] = await knex("serial_tracking_policy")
      .where({ id: existing.id })
      .update({ ...values, updated_at: new Date() })
      .returning("*")
    return { policy, previous }
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

function policyValues(input: SetSerialTrackingPolicyInput) {
  const values: Record<string, unknown> = Object.fromEntries(
    POLICY_FIELDS.filter((f) => f in input).map((f) => [f, input[f]])
  )
  assertNoNul(values, `Tracking policy of ${input.inventory_item_id}`)
  const problems = policyValueProblems(values)
  if (problems.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.POLICY_INVALID,
      `Invalid tracking policy for ${input.inventory_item_id}: ${problems.join("; ")}`
    )
  }
  if ("metadata" in values) {
    values.metadata =
      values.metadata === null ? null : JSON.stringify(values.metadata)
  }
  return values
}

async function lockTemplate(knex: Knex, templateId: string) {
  const template = await knex("serial_template")
    .where({ id: templateId })
    .whereNull("deleted_at")
    .forKeyShare()
    .first("id")
  if (!template) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.TEMPLATE_NOT_FOUND,
      `Serial template not found: ${templateId}`
    )
  }
}

/**
 * Units still in the merchant's hands (anything but `sold`) keep an item
 * tracked: switching it off would strand them outside every serial rule.
 * Sold units do not block; their history and warranty stay as they are.
 */
async function assertNoHeldSerialNumbers(knex: Knex, inventoryItemId: string) {
  const rows: { status: string; count: string }[] = await knex("serial_number")
    .where({ inventory_item_id: inventoryItemId })
    .whereNull("deleted_at")
    .whereNot("status", "sold")
    .groupBy("status")
    .select("status")
    .count("* as count")
  if (!rows.length) {
    return
  }
  const held = rows.map((r) => `${r.count} ${r.status}`).join(", ")
  throw serialError(
    MedusaError.Types.NOT_ALLOWED,
    SerialErrorCode.POLICY_IN_USE,
    `Inventory item ${inventoryItemId} still has serialized units (${held}): ` +
      `units the store still holds keep it tracked, so tracking can be turned off once none are left`
  )
}
