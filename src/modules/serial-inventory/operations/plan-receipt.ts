import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"
import { findByNormalizedSerials, loadPolicies, loadTemplates } from "../sql"
import { checkSerials, planSerialCreation, RowProblem } from "../utils"

/**
 * Reads what a batch of new units is checked against (live units with the
 * same serials, the items' policies, the templates) in three statements and
 * plans the rows, naming every bad one. With `lock`, policies and templates
 * are share-locked until the transaction ends (a receipt); without, it is a
 * dry run that writes and locks nothing (an import's first pass).
 */
export async function planReceipt(
  knex: Knex,
  data: CreateSerialNumberInput[],
  options: { lock: boolean }
): Promise<{ rows: Record<string, unknown>[]; problems: RowProblem[] }> {
  // One transaction is one connection: statements run one after another.
  const checks = checkSerials(data)
  const existing = await findByNormalizedSerials(
    knex,
    checks.flatMap((c) => (c.key === null ? [] : [c.key]))
  )
  // A share lock: a policy cannot be switched off under a batch being received.
  const policies = await loadPolicies(
    knex,
    data.map((d) => d.inventory_item_id),
    { lock: options.lock }
  )
  const templates = await loadTemplates(
    knex,
    [...data.map((d) => d.template_id), ...policies.map((p) => p.template_id)],
    { lock: options.lock }
  )
  return planSerialCreation(data, {
    checks,
    existing: new Map(existing.map((e) => [e.normalized_serial, e])),
    policies: new Map(policies.map((p) => [p.inventory_item_id, p])),
    templates: new Map(templates.map((t) => [t.id, t])),
  })
}
