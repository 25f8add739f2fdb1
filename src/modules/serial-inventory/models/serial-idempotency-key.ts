import { model } from "@medusajs/framework/utils"

/**
 * One `Idempotency-Key` a client sent to a mutating route, per `scope` (the
 * route, e.g. `serial-imports`): the hash of the request it came with and,
 * once the request finished, the response to replay. A key whose request
 * failed is deleted so the client can retry it. Used through
 * `src/api/utils/idempotency.ts`.
 */
export const SerialIdempotencyKey = model
  .define("serial_idempotency_key", {
    id: model.id({ prefix: "sidem" }).primaryKey(),
    key: model.text(),
    scope: model.text(),
    request_hash: model.text(),
    /** Null while the first request runs. */
    response_status: model.number().nullable(),
    response_body: model.json().nullable(),
  })
  .indexes([{ on: ["scope", "key"], unique: true }])
