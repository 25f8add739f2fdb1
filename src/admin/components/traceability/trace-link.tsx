import type { ReactNode } from "react"
import { Link } from "react-router-dom"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"

/** A dashboard link styled as Medusa's detail pages style them. */
export const TraceLink = ({
  to,
  children,
}: {
  to: string
  children: ReactNode
}) => (
  <Link to={to} className={linkClass}>
    {children}
  </Link>
)

/** `#1042` linking to the order's page. */
export const OrderLink = ({
  orderId,
  displayId,
}: {
  orderId: string
  displayId: number | null
}) => (
  <TraceLink to={`/orders/${orderId}`}>
    {displayId ? `#${displayId}` : orderId}
  </TraceLink>
)
