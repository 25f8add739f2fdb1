import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOrderMiddlewares } from "./admin/orders/middlewares"
import { adminReturnMiddlewares } from "./admin/returns/middlewares"
import { adminSerialInboundMiddlewares } from "./admin/serial-inbounds/middlewares"
import { adminSerialInventoryMiddlewares } from "./admin/serial-inventory/middlewares"
import { adminSerialImportMiddlewares } from "./admin/serial-imports/middlewares"
import { adminSerialNumberMiddlewares } from "./admin/serial-numbers/middlewares"
import { adminSerialReceiptMiddlewares } from "./admin/serial-receipts/middlewares"
import { adminSerialRecallMiddlewares } from "./admin/serial-recalls/middlewares"
import { adminSerialTraceabilityMiddlewares } from "./admin/serial-traceability/middlewares"
import { adminSerialTemplateMiddlewares } from "./admin/serial-templates/middlewares"
import { adminSerialTrackingPolicyMiddlewares } from "./admin/serial-tracking-policies/middlewares"
import { adminSerialEventMiddlewares } from "./admin/serial-events/middlewares"
import { storeCustomerSerialNumberMiddlewares } from "./store/customers/middlewares"
import { storeSerialNumberMiddlewares } from "./store/serial-numbers/middlewares"
import { refuseControlCharactersInPath } from "./utils/refuse-control-characters"

export default defineMiddlewares({
  routes: [
    // Ids in paths reach PostgreSQL: refuse control characters first, on every plugin admin route.
    ...[
      "/admin/serial-numbers/*",
      "/admin/serial-inbounds/*",
      "/admin/serial-imports/*",
      "/admin/serial-templates/*",
      "/admin/serial-receipts/*",
      "/admin/serial-tracking-policies/*",
      "/admin/serial-inventory/*",
      "/admin/orders/:id/serial-numbers",
      "/admin/returns/:id/serial-numbers",
      "/admin/serial-recalls/*",
      "/admin/serial-traceability",
      "/admin/serial-events/*",
    ].map((matcher) => ({
      matcher,
      middlewares: [refuseControlCharactersInPath],
    })),
    ...adminOrderMiddlewares,
    ...adminReturnMiddlewares,
    ...adminSerialInboundMiddlewares,
    ...adminSerialInventoryMiddlewares,
    ...adminSerialImportMiddlewares,
    ...adminSerialNumberMiddlewares,
    ...adminSerialReceiptMiddlewares,
    ...adminSerialTemplateMiddlewares,
    ...adminSerialTrackingPolicyMiddlewares,
    ...adminSerialRecallMiddlewares,
    ...adminSerialTraceabilityMiddlewares,
    ...adminSerialEventMiddlewares,
    ...storeCustomerSerialNumberMiddlewares,
    ...storeSerialNumberMiddlewares,
  ],
})
