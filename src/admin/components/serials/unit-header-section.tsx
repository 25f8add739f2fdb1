import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSerialNumber } from "../../../types/http"
import { unitProductInfo } from "../../lib/serial-unit-display"
import { SerialStatusBadge } from "../serial-status-badge"
import { UnitActionButton } from "./unit-action-button"

/** The unit page's header: serial, status, product, a Trace link and the actions the unit allows now. */
export const UnitHeaderSection = ({ unit }: { unit: AdminSerialNumber }) => {
  const { productId, product, variant, sku } = unitProductInfo(unit)
  const actions = unit.allowed_actions ?? []
  return (
    <Container className="flex flex-col gap-4 px-6 py-4 md:flex-row md:items-start md:justify-between">
      <div className="flex min-w-0 flex-1 flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Heading className="break-all">{unit.serial}</Heading>
          <SerialStatusBadge status={unit.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {productId ? (
            <Link
              to={`/products/${productId}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"
            >
              {product}
            </Link>
          ) : (
            (product ?? "Unknown product")
          )}
          {variant && variant !== product && ` · ${variant}`}
          {sku && <span className="text-ui-fg-muted"> · {sku}</span>}
        </Text>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2 md:justify-end">
        <Button size="small" variant="secondary" asChild>
          <Link to={`/traceability?unit=${unit.id}`}>Trace</Link>
        </Button>
        {actions.map((action) => (
          <UnitActionButton
            key={action}
            unitId={unit.id}
            serial={unit.serial}
            action={action}
          />
        ))}
        {actions.length === 0 && (
          <Text size="small" className="text-ui-fg-muted md:text-right">
            No actions: the unit moves with its order
          </Text>
        )}
      </div>
    </Container>
  )
}
