import { createDataTableColumnHelper } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSerialNumber } from "../../../types/http"
import { formatDate } from "../../lib/format-date"
import { unitProductInfo } from "../../lib/serial-unit-display"
import { SerialStatusBadge } from "../serial-status-badge"

const column = createDataTableColumnHelper<AdminSerialNumber>()

/** Columns of the serials list; `serial` and `received_at` sort server-side. */
export const serialListColumns = [
  column.accessor("serial", {
    header: "Serial",
    enableSorting: true,
    sortLabel: "Serial",
    sortAscLabel: "A-Z",
    sortDescLabel: "Z-A",
    // A real link, so the list can be walked with Tab and opened with Enter.
    cell: ({ row }) => (
      <Link
        to={`/serials/${row.original.id}`}
        onClick={(e) => e.stopPropagation()}
        className="txt-compact-small-plus text-ui-fg-base focus-visible:shadow-borders-focus rounded-sm outline-none"
      >
        {row.original.serial}
      </Link>
    ),
  }),
  column.accessor((unit) => unitProductInfo(unit).product ?? "", {
    id: "product",
    header: "Product",
    cell: ({ row }) => {
      const { product, variant } = unitProductInfo(row.original)
      return (
        <span>
          {product ?? "-"}
          {variant && variant !== product && (
            <span className="text-ui-fg-muted"> · {variant}</span>
          )}
        </span>
      )
    },
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <SerialStatusBadge status={getValue()} />,
  }),
  column.accessor((unit) => unit.stock_location?.name ?? "-", {
    id: "location",
    header: "Location",
  }),
  column.accessor((unit) => unit.lot ?? "-", {
    id: "lot",
    header: "Lot",
  }),
  column.accessor("warranty_expires_at", {
    header: "Warranty until",
    cell: ({ row }) =>
      row.original.warranty_status === "expired" ? (
        <span className="text-ui-fg-muted">
          {formatDate(row.original.warranty_expires_at)} (expired)
        </span>
      ) : (
        formatDate(row.original.warranty_expires_at)
      ),
  }),
  column.accessor("received_at", {
    header: "Received",
    enableSorting: true,
    sortLabel: "Received",
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ row }) => formatDate(row.original.received_at),
  }),
]
