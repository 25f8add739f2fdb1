import {
  prepareListQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { requestError } from "./validate-request"

/**
 * Refuses (400) a `fields` query naming a field outside `allowed`, and names
 * it. Medusa 2.21's `validateAndTransformQuery` drops such fields silently, so
 * a typo (`fields=+stock_locaton.name`) would look like an empty relation;
 * this runs just before it, parsing `fields` with Medusa's own rules (`+`,
 * `-`, `*relation`, `relation.*`).
 */
export function refuseUnknownFields(config: {
  defaults: string[]
  allowed: string[]
}) {
  const allowed = new Set(config.allowed)
  return async (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    try {
      const raw = req.query.fields
      if (raw !== undefined) {
        const fields = (Array.isArray(raw) ? raw : [raw]).map(String).join(",")
        const { remoteQueryConfig } = await prepareListQuery(
          { fields },
          { defaults: config.defaults }
        )
        const unknown = remoteQueryConfig.fields
          .map((f) => f.replace(/\.\*$/, ""))
          .filter((f) => !allowed.has(f))
        if (unknown.length) {
          throw requestError(
            `Requested fields are not allowed: ${unknown.map((f) => f || "*").join(", ")}`
          )
        }
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}
