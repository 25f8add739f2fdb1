import { SerialNumberAction } from "../../../../../types/serial-number-status"
import { transitionRoute } from "../../helpers/transition-route"

/** POST /admin/serial-numbers/:id/restock, body { note? } */
export const POST = transitionRoute(SerialNumberAction.RESTOCK)
