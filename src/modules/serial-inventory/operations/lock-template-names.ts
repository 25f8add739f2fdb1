import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialError } from "../utils"

/**
 * Claims template names for this transaction and refuses names a live
 * template already has (`serial_template_name_taken`, a duplicate error).
 * Names are locked with transaction advisory locks in key order, so two
 * requests creating the same name queue: the second sees the first's row
 * once it commits, instead of failing on the unique index with a bare
 * database error. `rows` pairs each name with the template that is to carry
 * it (none for a create), so keeping one's own name is not a clash.
 */
export async function lockTemplateNames(
  knex: Knex,
  rows: { id?: string; name?: string | null }[]
): Promise<void> {
  const named = rows.filter((r): r is { id?: string; name: string } => !!r.name)
  if (!named.length) {
    return
  }
  const names = [...new Set(named.map((r) => r.name))].sort()
  const repeated = names.filter(
    (n) => named.filter((r) => r.name === n).length > 1
  )
  // One lock per distinct key, taken in key order: no two requests can wait on each other.
  await knex.raw(
    `SELECT pg_advisory_xact_lock(k)
     FROM (SELECT DISTINCT hashtext('serial_template_name:' || n) AS k
           FROM unnest(?::text[]) AS n) AS keys
     ORDER BY k`,
    [names]
  )
  const live: { id: string; name: string }[] = await knex("serial_template")
    .whereIn("name", names)
    .whereNull("deleted_at")
    .select("id", "name")
  const taken = live.filter(
    (t) => !named.some((r) => r.name === t.name && r.id === t.id)
  )
  if (taken.length || repeated.length) {
    const clashes = [
      ...taken.map((t) => `${JSON.stringify(t.name)} (${t.id})`),
      ...repeated.map((n) => `${JSON.stringify(n)} (twice in this request)`),
    ]
    throw serialError(
      MedusaError.Types.DUPLICATE_ERROR,
      SerialErrorCode.TEMPLATE_NAME_TAKEN,
      `Template name already used: ${clashes.join(", ")}`
    )
  }
}
