import { Container, Heading, StatusBadge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type {
  AdminSerialNumber,
  AdminSerialTemplate,
} from "../../../types/http"
import { formatDate } from "../../lib/format-date"
import { SectionRow } from "./section-row"

const WARRANTY = {
  active: { label: "Active", color: "green" },
  expired: { label: "Expired", color: "red" },
  none: { label: "None", color: "grey" },
} as const

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"

/** Where the unit is, its warranty and its dates (read-only; the details form edits the rest). */
export const UnitSummarySection = ({
  unit,
  template,
}: {
  unit: AdminSerialNumber
  template?: AdminSerialTemplate | null
}) => {
  const warranty = WARRANTY[unit.warranty_status] ?? WARRANTY.none
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Summary</Heading>
      </div>
      <SectionRow label="Location">{unit.stock_location?.name}</SectionRow>
      <SectionRow label="Warranty">
        <div className="flex flex-col items-start gap-y-1">
          <StatusBadge color={warranty.color}>{warranty.label}</StatusBadge>
          {unit.warranty_expires_at && (
            <span>
              {formatDate(unit.warranty_starts_at)} –{" "}
              {formatDate(unit.warranty_expires_at)}
            </span>
          )}
        </div>
      </SectionRow>
      <SectionRow label="Received">{formatDate(unit.received_at)}</SectionRow>
      <SectionRow label="Purchased">{formatDate(unit.purchased_at)}</SectionRow>
      <SectionRow label="Template">
        {unit.template_id ? (template?.name ?? unit.template_id) : "None"}
      </SectionRow>
      <SectionRow label="Inventory item">
        <Link to={`/inventory/${unit.inventory_item_id}`} className={linkClass}>
          {unit.inventory_item?.title ??
            unit.inventory_item?.sku ??
            unit.inventory_item_id}
        </Link>
      </SectionRow>
    </Container>
  )
}
