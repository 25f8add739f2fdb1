import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERIAL_INVENTORY_MODULE } from "../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../modules/serial-inventory/service"
import { serialError } from "../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import type { CreateSerialNumberInput } from "../../../types/serial-number-inputs"
import { SerialTrackingMode } from "../../../types/tracking-policy"
import { serialStockDrift } from "../../stock-levels/utils/serial-stock-drift"
import { planReceiptSerials, receiptRows } from "../utils/plan-receipt-units"
import type { ReceiveSerialNumbersInput } from "../utils/receipt-input"

export interface PreparedSerialReceipt {
  receipt_reference: string
  rows: CreateSerialNumberInput[]
}

const invalid = (message: string) =>
  serialError(
    MedusaError.Types.INVALID_DATA,
    SerialErrorCode.RECEIPT_INVALID,
    message
  )

/**
 * Stock Medusa counts at the location that no unit accounts for yet: the
 * drift report's difference there, so it subtracts exactly the units Medusa
 * counts as stock (`in_stock`, reserved and not yet picked, returned on a
 * received return).
 */
async function unserializedStock(
  container: MedusaContainer,
  input: ReceiveSerialNumbersInput
): Promise<number> {
  const { rows } = await serialStockDrift(container, {
    inventory_item_id: [input.inventory_item_id],
    stock_location_id: [input.stock_location_id],
    all: true,
  })
  return rows[0]?.difference ?? 0
}

/**
 * Turns a receipt into the module's create rows: checks the item is tracked
 * `full`, expands ranges, generates serials from the policy's pattern (last,
 * so a refused receipt takes no numbers) and, for `serialize_existing`,
 * that Medusa counts that much unserialized stock. Writes only the
 * generator's counter, which is never rolled back.
 */
export const prepareSerialReceiptStep = createStep(
  "prepare-serial-receipt",
  async (input: ReceiveSerialNumbersInput, { container }) => {
    const serials: SerialInventoryModuleService = container.resolve(
      SERIAL_INVENTORY_MODULE
    )
    const [policy] = await serials.listSerialTrackingPolicies(
      { inventory_item_id: input.inventory_item_id },
      { select: ["mode", "generator_pattern"] }
    )
    if (policy?.mode !== SerialTrackingMode.FULL) {
      throw serialError(
        MedusaError.Types.NOT_ALLOWED,
        SerialErrorCode.TRACKING_DISABLED,
        `Inventory item ${input.inventory_item_id} is not tracked "full" ` +
          `(it is "${policy?.mode ?? "none"}"): receipts take full-tracked items only`
      )
    }
    const plan = planReceiptSerials(input)
    if (plan.generate && !policy.generator_pattern) {
      plan.problems.push(
        `generate needs a generator_pattern on the tracking policy of ${input.inventory_item_id}`
      )
    }
    if (plan.problems.length) {
      throw invalid(`Receipt refused: ${plan.problems.join("; ")}`)
    }
    if (input.serialize_existing) {
      const open = await unserializedStock(container, input)
      const wanted = plan.units.length + plan.generate
      if (wanted > open) {
        throw invalid(
          `serialize_existing: ${wanted} units asked, but only ${Math.max(open, 0)} ` +
            `units of stock at ${input.stock_location_id} have no serial`
        )
      }
    }
    const generated = plan.generate
      ? await serials.takeGeneratedSerials(
          policy.generator_pattern!,
          plan.generate
        )
      : []
    const reference =
      input.receipt_reference ?? generateEntityId(undefined, "srcpt")
    const rows = receiptRows(
      input,
      [...plan.units, ...generated.map((serial) => ({ serial }))],
      reference
    )
    return new StepResponse<PreparedSerialReceipt>({
      receipt_reference: reference,
      rows,
    })
  }
)
