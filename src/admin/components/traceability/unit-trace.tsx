import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { lookupSerialNumber } from "../../hooks/serial-numbers"
import { useSerialTrace } from "../../hooks/serial-traceability"
import { errorMessage } from "../../lib/sdk"
import { unitProductInfo } from "../../lib/serial-unit-display"
import { SerialStatusBadge } from "../serial-status-badge"
import { TraceLink } from "./trace-link"
import { UnitTraceChain } from "./unit-trace-chain"
import { UnitTraceOrders } from "./unit-trace-orders"
import { UnitTraceOrigin } from "./unit-trace-origin"

const Notice = ({ children }: { children: string }) => (
  <Container className="px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {children}
    </Text>
  </Container>
)

/** One unit's chain: header, origin, orders and every event. By id, or by serial (looked up first). */
export const UnitTrace = ({
  unitId,
  serial,
}: {
  unitId?: string
  serial?: string
}) => {
  const lookup = useQuery({
    queryKey: ["serial-inventory", "trace-lookup", serial],
    queryFn: () => lookupSerialNumber(serial!),
    enabled: !unitId && !!serial,
    retry: false,
  })
  const id = unitId ?? lookup.data?.serial_number.id ?? null
  const trace = useSerialTrace(id)
  const failed = lookup.error ?? trace.error
  if (failed) {
    return <Notice>{errorMessage(failed)}</Notice>
  }
  if (!trace.data) {
    return (
      <Container className="flex flex-col gap-2 px-6 py-4">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-72" />
      </Container>
    )
  }
  const { serial_number: unit, receipt, orders, events } = trace.data
  const { product, variant, sku } = unitProductInfo(unit)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Heading level="h2" className="break-all">
            <TraceLink to={`/serials/${unit.id}`}>{unit.serial}</TraceLink>
          </Heading>
          <SerialStatusBadge status={unit.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {[product ?? "Unknown product", variant !== product && variant, sku]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </Container>
      <div className="flex flex-col gap-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px] xl:items-start">
        <div className="flex min-w-0 flex-col gap-y-3">
          <UnitTraceOrders orders={orders} />
          <UnitTraceOrigin receipt={receipt} />
        </div>
        <UnitTraceChain events={events} />
      </div>
    </div>
  )
}
