import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { UPDATABLE_COLUMNS } from "../../../modules/serial-inventory/sql"
import type {
  SerialActorContext,
  UpdateSerialNumberInput,
} from "../../../types/serial-number-inputs"

export interface UpdateSerialNumbersStepInput {
  updates: UpdateSerialNumberInput[]
  actor?: SerialActorContext
}

function pick(unit: Record<string, any>): UpdateSerialNumberInput {
  const values: Record<string, any> = { id: unit.id }
  for (const column of UPDATABLE_COLUMNS) {
    values[column] = unit[column] ?? null
  }
  // attributes and metadata merge: set every old key, drop every new one
  return values as UpdateSerialNumberInput
}

/**
 * Changes non-status fields of units, leaving one event per kind of change.
 * Compensation writes the previous values back (which leaves events too: the
 * log is append-only).
 */
export const updateSerialNumbersStep = createStep(
  "update-serial-numbers",
  async (input: UpdateSerialNumbersStepInput, { container }) => {
    const service: SerialInventoryModuleService = container.resolve(SERIAL_INVENTORY_MODULE)
    const before = await service.listSerialNumbers({ id: input.updates.map((u) => u.id) })
    const updated = await service.updateSerialNumbers(input.updates, input.actor ?? {})
    return new StepResponse(updated, { before: before.map(pick), updated, actor: input.actor })
  },
  async (previous, { container }) => {
    if (!previous?.before.length) {
      return
    }
    const service: SerialInventoryModuleService = container.resolve(SERIAL_INVENTORY_MODULE)
    const restores = previous.before.map((old) => {
      const now = previous.updated.find((u) => u.id === old.id) ?? {}
      const clear = (field: "attributes" | "metadata") =>
        Object.fromEntries(
          Object.keys(now[field] ?? {}).filter((k) => !(k in ((old as any)[field] ?? {}))).map((k) => [k, null])
        )
      return {
        ...old,
        attributes: { ...clear("attributes"), ...(old.attributes ?? {}) },
        metadata: { ...clear("metadata"), ...(old.metadata ?? {}) },
      }
    })
    await service.updateSerialNumbers(restores, { ...previous.actor, note: "compensation: update rolled back" })
  }
)
