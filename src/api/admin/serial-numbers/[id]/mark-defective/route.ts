import { SerialNumberAction } from "../../../../../types/serial-number-status"
import { transitionRoute } from "../../helpers/transition-route"

/** POST /admin/serial-numbers/:id/mark-defective, body { note? } */
export const POST = transitionRoute(SerialNumberAction.MARK_DEFECTIVE)
