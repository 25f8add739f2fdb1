import { createHash } from "crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../modules/serial-inventory/service"
import { SerialErrorCode } from "../../types/error-codes"

/** The request header a client sends (any case), as Stripe and the IETF draft name it. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key"
/** Set to `true` on a response replayed from the store. */
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed"

/** What a route answers: its status and JSON body. */
export interface IdempotentResponse<T = unknown> {
  status: number
  body: T
}

/** A response, and whether it was replayed from the store rather than run now. */
export type IdempotentResult<T = unknown> = IdempotentResponse<T> & {
  replayed: boolean
  /** Whether `run` ran for this request (false for replays and refusals). */
  ran: boolean
}

const KEY = /^[\x21-\x7e]{1,255}$/

/**
 * The SHA-256 (hex) of a request: of the bytes themselves for a string or
 * Buffer (a CSV upload), else of its JSON with object keys sorted, so the
 * same body hashes the same whatever order its keys came in.
 */
export function hashRequest(value: unknown): string {
  const hash = createHash("sha256")
  if (typeof value === "string" || Buffer.isBuffer(value)) {
    return hash.update(value).digest("hex")
  }
  const canonical = JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]])
        )
      : v
  )
  return hash.update(canonical ?? "null").digest("hex")
}

/** The request's `Idempotency-Key`, or null; a malformed key is a 400 (`idempotency_key_invalid`). */
export function idempotencyKeyOf(req: MedusaRequest): string | null {
  const raw = req.headers[IDEMPOTENCY_KEY_HEADER]
  if (raw === undefined) {
    return null
  }
  const key = Array.isArray(raw) ? raw[0] : raw
  if (!KEY.test(key)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Idempotency-Key must be 1 to 255 visible ASCII characters",
      SerialErrorCode.IDEMPOTENCY_KEY_INVALID
    )
  }
  return key
}

const refusal = (
  status: number,
  type: string,
  code: string,
  message: string
) => ({
  status,
  body: { type, code, message },
  replayed: false,
  ran: false,
})

/**
 * Runs a mutating route at most once per `Idempotency-Key` and `scope`.
 * Without the header, `run` simply runs. With it: the first request records
 * the key with `requestHash` (see `hashRequest`), runs, and stores the
 * response; a retry with the same key and hash gets that response back
 * (`replayed`) and runs nothing; the same key with another hash is a 422
 * `idempotency_key_reused`; a retry while the first still runs is a 409
 * `idempotency_request_in_progress`. When `run` throws, the key is released
 * (a retry runs again) and the error propagates.
 */
export async function runIdempotently<T>(
  req: MedusaRequest,
  options: { scope: string; requestHash: string },
  run: () => Promise<IdempotentResponse<T>>
): Promise<IdempotentResult<T | Record<string, string>>> {
  const key = idempotencyKeyOf(req)
  if (key === null) {
    return { ...(await run()), replayed: false, ran: true }
  }
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const { claimed, record } = await service.claimSerialIdempotencyKey({
    key,
    scope: options.scope,
    request_hash: options.requestHash,
  })
  if (!claimed) {
    if (record.request_hash !== options.requestHash) {
      return refusal(
        422,
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.IDEMPOTENCY_KEY_REUSED,
        `Idempotency-Key "${key}" was already used with a different request: send a new key for a new request`
      )
    }
    if (record.response_status === null) {
      return refusal(
        409,
        MedusaError.Types.CONFLICT,
        SerialErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS,
        `The request with Idempotency-Key "${key}" is still running: retry later`
      )
    }
    return {
      status: record.response_status,
      body: record.response_body as T,
      replayed: true,
      ran: false,
    }
  }
  let response: IdempotentResponse<T>
  try {
    response = await run()
  } catch (error) {
    await service.deleteSerialIdempotencyKeys(record.id)
    throw error
  }
  await service.updateSerialIdempotencyKeys({
    id: record.id,
    response_status: response.status,
    response_body: response.body as Record<string, unknown>,
  })
  return { ...response, replayed: false, ran: true }
}

/** Sends a result, with `Idempotent-Replayed: true` when it was replayed. */
export function sendIdempotent(
  res: MedusaResponse,
  result: IdempotentResult
): void {
  if (result.replayed) {
    res.setHeader(IDEMPOTENT_REPLAYED_HEADER, "true")
  }
  res.status(result.status).json(result.body)
}
