import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import {
  listForMessage,
  serialError,
} from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"

export interface ValidateSerialPhotoReferencesInput {
  serial_number_id: string
  file_ids: string[]
}

/** File ids the File module does not know (its provider answers not found, or refuses the key). */
async function unknownFiles(files: any, ids: string[]): Promise<string[]> {
  const results = await Promise.allSettled(
    ids.map((id) => files.retrieveFile(id))
  )
  const unknown: string[] = []
  results.forEach((result, i) => {
    if (result.status === "fulfilled") {
      return
    }
    const type = result.reason?.type
    if (
      type !== MedusaError.Types.NOT_FOUND &&
      type !== MedusaError.Types.INVALID_DATA
    ) {
      throw result.reason
    }
    unknown.push(ids[i])
  })
  return unknown
}

/**
 * Checks that the unit exists (404 `serial_number_not_found`) and that every
 * file is known to Medusa's File module, asking it with `retrieveFile` (400
 * `serial_photo_file_not_found`, naming every unknown id). With the local
 * provider that means the file is on disk; an S3 provider signs a URL
 * without looking, so there only keys the provider refuses are caught.
 * Writes nothing.
 */
export const validateSerialPhotoReferencesStep = createStep(
  "validate-serial-photo-references",
  async (input: ValidateSerialPhotoReferencesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "serial_number",
      fields: ["id"],
      filters: { id: input.serial_number_id },
    })
    if (!data.length) {
      throw serialError(
        MedusaError.Types.NOT_FOUND,
        SerialErrorCode.NOT_FOUND,
        `Serial number not found: ${input.serial_number_id}`
      )
    }
    const ids = [...new Set(input.file_ids.filter(Boolean))]
    const unknown = await unknownFiles(container.resolve(Modules.FILE), ids)
    if (unknown.length) {
      throw serialError(
        MedusaError.Types.INVALID_DATA,
        SerialErrorCode.PHOTO_FILE_NOT_FOUND,
        `File(s) not found in Medusa's File module, nothing was written: ${listForMessage(unknown)} (upload them with POST /admin/uploads first)`
      )
    }
  }
)
