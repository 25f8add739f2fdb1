import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { loadTemplates, PolicyRow } from "../sql"

/**
 * Warranty length in months per unit id: its item's policy, else its (or the
 * policy's) template. `policies` are the units' items' policies, read by the
 * caller.
 */
export async function warrantyMonthsFor(
  knex: Knex,
  serialNumbers: Record<string, any>[],
  policies: PolicyRow[]
): Promise<Map<string, number | null>> {
  const policyByItem = new Map(policies.map((p) => [p.inventory_item_id, p]))
  const templates = await loadTemplates(knex, [
    ...serialNumbers.map((u) => u.template_id),
    ...policies.map((p) => p.template_id),
  ])
  const templateMonths = new Map(
    templates.map((t) => [t.id, t.warranty_months])
  )
  return new Map(
    serialNumbers.map((u) => {
      const policy = policyByItem.get(u.inventory_item_id)
      const templateId = u.template_id ?? policy?.template_id
      return [
        u.id,
        policy?.warranty_months ??
          (templateId ? templateMonths.get(templateId) : null) ??
          null,
      ]
    })
  )
}
