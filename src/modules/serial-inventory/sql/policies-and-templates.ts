import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { guardSkipped } from "../utils/test-switches"

export interface PolicyRow {
  inventory_item_id: string
  mode: string
  template_id: string | null
  warranty_months: number | null
  allocation_strategy: string
}

export interface TemplateRow {
  id: string
  attributes: any[] | null
  warranty_months: number | null
  condition_grades: string[] | null
}

/**
 * Live tracking policies of these inventory items (one statement). With
 * `lock`, a share lock keeps them unchanged until the transaction ends.
 */
export async function loadPolicies(
  knex: Knex,
  itemIds: string[],
  options: { lock?: boolean } = {}
): Promise<PolicyRow[]> {
  if (!itemIds.length) {
    return []
  }
  const query = knex("serial_tracking_policy")
    .select(
      "inventory_item_id",
      "mode",
      "template_id",
      "warranty_months",
      "allocation_strategy"
    )
    .whereIn("inventory_item_id", [...new Set(itemIds)])
    .whereNull("deleted_at")
  // FOR SHARE: setting a policy (FOR UPDATE) waits until this transaction ends.
  const lock = options.lock && !guardSkipped("skipPolicyShareLock")
  return await (lock ? query.orderBy("inventory_item_id").forShare() : query)
}

/**
 * Live templates with these ids (one statement). With `lock`, a key-share
 * lock keeps them from being deleted until the transaction ends (template
 * delete checks for units under an exclusive lock).
 */
export async function loadTemplates(
  knex: Knex,
  ids: (string | null | undefined)[],
  options: { lock?: boolean } = {}
): Promise<TemplateRow[]> {
  const unique = [...new Set(ids.filter(Boolean))] as string[]
  if (!unique.length) {
    return []
  }
  const query = knex("serial_template")
    .select("id", "attributes", "warranty_months", "condition_grades")
    .whereIn("id", unique)
    .whereNull("deleted_at")
  return await (options.lock ? query.orderBy("id").forKeyShare() : query)
}
