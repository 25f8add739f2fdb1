import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSerialNumberMiddlewares } from "./admin/serial-numbers/middlewares"
import { adminSerialTemplateMiddlewares } from "./admin/serial-templates/middlewares"
import { adminSerialTrackingPolicyMiddlewares } from "./admin/serial-tracking-policies/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminSerialNumberMiddlewares,
    ...adminSerialTemplateMiddlewares,
    ...adminSerialTrackingPolicyMiddlewares,
  ],
})
