import { createHash } from "crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { pipeline } from "stream/promises"
import { Transform } from "stream"
import { SerialErrorCode } from "../../../../types/error-codes"

/** The largest CSV an import takes (100,000 rows with attributes are about 15 MB). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024

/** Media types that are not a CSV body (a form upload or JSON). */
const NOT_CSV = /^(multipart\/|application\/(json|x-www-form-urlencoded))/i

const fileError = (message: string) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    message,
    SerialErrorCode.IMPORT_FILE_INVALID
  )

/** A stored upload: the File module's id, the SHA-256 of its bytes and its size. */
export interface StoredCsvUpload {
  fileId: string
  hash: string
  bytes: number
}

/**
 * Streams the request body (the CSV itself, `Content-Type: text/csv`) into
 * the File module as a private file, hashing it on the way, never holding
 * it in memory. Refuses (`serial_import_file_invalid`) a form or JSON body,
 * an empty one and one over `MAX_IMPORT_BYTES`, keeping nothing.
 */
export async function storeCsvUpload(
  req: MedusaRequest,
  filename: string
): Promise<StoredCsvUpload> {
  const type = req.headers["content-type"] ?? ""
  if (NOT_CSV.test(type)) {
    throw fileError(
      `Send the CSV file itself as the request body with Content-Type: text/csv (got ${type})`
    )
  }
  const files = req.scope.resolve(Modules.FILE)
  const upload = await files.getUploadStream({
    filename: `serial-imports/${filename}`,
    mimeType: "text/csv",
    access: "private",
  })
  const hash = createHash("sha256")
  let bytes = 0
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      if (bytes > MAX_IMPORT_BYTES) {
        return done(
          fileError(
            `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into several imports`
          )
        )
      }
      hash.update(chunk)
      done(null, chunk)
    },
  })
  try {
    await pipeline(req, meter, upload.writeStream)
    await upload.promise
  } catch (error) {
    await files.deleteFiles([upload.fileKey]).catch(() => undefined)
    throw error
  }
  if (!bytes) {
    await files.deleteFiles([upload.fileKey])
    throw fileError("The request body is empty: send the CSV file as the body")
  }
  return { fileId: upload.fileKey, hash: hash.digest("hex"), bytes }
}
