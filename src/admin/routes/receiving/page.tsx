import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { ReceivingScreen } from "../../components/receiving/receiving-screen"

/** `/app/receiving`: scan-first goods-in; a sidebar entry, also opened from a product's units. */
const ReceivingPage = () => (
  <Container className="p-0">
    <ReceivingScreen />
  </Container>
)

export const config = defineRouteConfig({
  label: "Receiving",
  icon: ArrowDownTray,
})

export const handle = { breadcrumb: () => "Receiving" }

export default ReceivingPage
