import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Hashtag } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { SerialListTable } from "../../components/serials/serial-list-table"

/** `/app/serials`: every serialized unit, filtered and paged; a sidebar entry. */
const SerialsPage = () => (
  <Container className="divide-y p-0">
    <SerialListTable />
  </Container>
)

export const config = defineRouteConfig({
  label: "Serials",
  icon: Hashtag,
})

export const handle = { breadcrumb: () => "Serials" }

export default SerialsPage
