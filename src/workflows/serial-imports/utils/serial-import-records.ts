import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Readable } from "stream"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import {
  SerialImportStatus,
  type SerialImportRowError,
} from "../../../types/serial-import"

const serialService = (
  container: MedusaContainer
): SerialInventoryModuleService => container.resolve(SERIAL_INVENTORY_MODULE)

/** Records an import's progress (`validated`, `processed`, `created`, `total`, `status`). */
export async function updateSerialImport(
  container: MedusaContainer,
  id: string,
  data: Record<string, unknown>
): Promise<void> {
  await serialService(container).updateSerialImports({ id, ...data })
}

/** A fresh read stream of an import's stored CSV (one per pass). */
export async function openSerialImportFile(
  container: MedusaContainer,
  fileId: string
): Promise<Readable> {
  return (await container
    .resolve(Modules.FILE)
    .getDownloadStream(fileId)) as Readable
}

/** Deletes an import's stored CSV (its run is over) and forgets it on the record. */
export async function discardSerialImportFile(
  container: MedusaContainer,
  id: string
): Promise<void> {
  const record = await serialService(container).retrieveSerialImport(id, {
    select: ["id", "file_id"],
  })
  if (record.file_id) {
    await container.resolve(Modules.FILE).deleteFiles([record.file_id])
    await updateSerialImport(container, id, { file_id: null })
  }
}

/**
 * Marks an import failed, with the rows it refused (sorted by row) or the
 * reason its write was rolled back, and deletes its file. An import already
 * failed keeps what it recorded first.
 */
export async function failSerialImport(
  container: MedusaContainer,
  id: string,
  reason: { errors?: SerialImportRowError[]; message?: string }
): Promise<void> {
  const record = await serialService(container).retrieveSerialImport(id, {
    select: ["id", "status"],
  })
  if (record.status !== SerialImportStatus.FAILED) {
    await updateSerialImport(container, id, {
      status: SerialImportStatus.FAILED,
      errors: reason.errors
        ? [...reason.errors].sort((a, b) => a.row - b.row)
        : null,
      message: reason.message ?? null,
      completed_at: new Date(),
    })
  }
  await discardSerialImportFile(container, id)
}
