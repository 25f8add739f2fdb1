import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { serialError } from "../utils"

/**
 * Soft-deletes templates that nothing uses, in one transaction: the template
 * rows are locked first (setting a policy takes a share lock on its template),
 * then live policies and units that use them are counted. Refuses, naming the
 * inventory items and unit counts, while anything does. Returns the ids it
 * deleted (not those that were deleted already).
 */
export async function deleteUnusedTemplates(
  knex: Knex,
  ids: string[]
): Promise<string[]> {
  await knex("serial_template")
    .whereIn("id", ids)
    .whereNull("deleted_at")
    .orderBy("id")
    .forUpdate()
    .select("id")
  const policies = await knex("serial_tracking_policy")
    .whereIn("template_id", ids)
    .whereNull("deleted_at")
    .select("template_id", "inventory_item_id")
  const serialNumbers = await knex("serial_number")
    .whereIn("template_id", ids)
    .whereNull("deleted_at")
    .groupBy("template_id")
    .select("template_id")
    .count("* as count")
  if (policies.length || serialNumbers.length) {
    const uses = [
      ...policies.map(
        (p) =>
          `${p.template_id}: tracking policy of inventory item ${p.inventory_item_id}`
      ),
      ...serialNumbers.map(
        (u: any) => `${u.template_id}: ${u.count} serial number(s)`
      ),
    ]
    throw serialError(
      MedusaError.Types.NOT_ALLOWED,
      SerialErrorCode.TEMPLATE_IN_USE,
      `Template in use, change the policies (and serialNumbers) first: ${uses.join("; ")}`
    )
  }
  const deleted = await knex("serial_template")
    .whereIn("id", ids)
    .whereNull("deleted_at")
    .update({ deleted_at: new Date() })
    .returning("id")
  return deleted.map((row: { id: string }) => row.id)
}
