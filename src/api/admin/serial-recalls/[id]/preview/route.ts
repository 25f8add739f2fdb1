import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SERIAL_INVENTORY_MODULE } from "../../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../../modules/serial-inventory/service"
import { PREVIEW_CUSTOMERS } from "../../preview/route"
import { recallCustomers } from "../../helpers/recall-customers"
import { customerSource, retrieveRecall } from "../../helpers/retrieve-recall"

/**
 * A campaign's live figures over its selector (what applying would touch
 * now, or what it covers today), writing nothing, with its first customers.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const recall = await retrieveRecall(req.scope, req.params.id)
  const service: SerialInventoryModuleService = req.scope.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const preview = await service.previewSerialRecall(recall.selector)
  const { customers } = await recallCustomers(
    req.scope,
    customerSource(recall),
    { limit: PREVIEW_CUSTOMERS, offset: 0 }
  )
  res.json({ recall, preview, customers })
}
