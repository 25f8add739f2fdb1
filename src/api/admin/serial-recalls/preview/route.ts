import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { recallCustomers } from "../helpers/recall-customers"
import { selectorFromBody } from "../helpers/selector-from-body"
import type { AdminPreviewSerialRecallType } from "../validators"

/** Customers shown with a preview (the full list is `GET :id/customers`). */
export const PREVIEW_CUSTOMERS = 50

/**
 * What a selector covers, writing nothing: counts per status and location,
 * the units applying would block, and the first customers affected.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewSerialRecallType>,
  res: MedusaResponse
) => {
  const selector = selectorFromBody(req.validatedBody.selector)
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const preview = await service.previewSerialRecall(selector)
  const { customers } = preview.customer_count
    ? await recallCustomers(
        req.scope,
        { selector },
        { limit: PREVIEW_CUSTOMERS, offset: 0 }
      )
    : { customers: [] }
  res.json({ preview, customers })
}
