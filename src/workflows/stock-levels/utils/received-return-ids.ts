import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Return statuses at which Medusa has added the received items back to stock. */
const RECEIVED = new Set(["received", "partially_received"])

/** Which of these Medusa returns have been received (one query for any number). */
export async function receivedReturnIds(
  container: MedusaContainer,
  returnIds: (string | null | undefined)[]
): Promise<Set<string>> {
  const ids = [...new Set(returnIds.filter((id): id is string => !!id))]
  if (!ids.length) {
    return new Set()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "return",
    fields: ["id", "status"],
    filters: { id: ids },
  })
  return new Set(
    data.filter((r: any) => RECEIVED.has(r.status)).map((r: any) => r.id)
  )
}
