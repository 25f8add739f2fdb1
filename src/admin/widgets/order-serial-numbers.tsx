import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { FulfillWithSerials } from "../components/order/fulfill-with-serials"
import { OrderLineUnits } from "../components/order/order-line-units"
import { VerifyReturn } from "../components/order/verify-return"
import { useOrderFulfillableItems } from "../hooks/order-fulfillable-items"
import { useOrderSerialNumbers } from "../hooks/order-serial-numbers"

/**
 * Order page: which unit is on which line (allocated, picked, shipped,
 * returned), what each line lacks, "Fulfill with serials" and, per received
 * return, "Verify return".
 */
const OrderSerialNumbersWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading } = useOrderSerialNumbers(order.id)
  const { data: remaining } = useOrderFulfillableItems(order.id)
  const [fulfillOpen, setFulfillOpen] = useState(false)
  const [verifying, setVerifying] = useState<string | null>(null)

  const tracked = data?.lines.some((l) =>
    l.inventory_items.some((ii) => ii.tracking_mode !== "none")
  )
  if (!isLoading && !tracked) return null
  const canFulfill = !!remaining && [...remaining.values()].some((n) => n > 0)
  const returns = (data?.returns ?? []).filter((r) => r.serial_verification)
  const verifyingReturn = returns.find((r) => r.id === verifying)

  return (
    <Container
      className="divide-y p-0"
      data-testid="order-serial-numbers-widget"
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Serial numbers</Heading>
        {canFulfill && (
          <Button
            size="small"
            variant="secondary"
            onClick={() => setFulfillOpen(true)}
          >
            Fulfill with serials
          </Button>
        )}
      </div>
      {isLoading || !data ? (
        <div className="px-6 py-4">
          <Skeleton className="h-16 w-full" />
        </div>
      ) : (
        data.lines.map((line) => (
          <OrderLineUnits key={line.line_item_id} line={line} />
        ))
      )}
      {returns.map((r) => (
        <div
          key={r.id}
          className="flex items-center justify-between gap-x-4 px-6 py-4"
        >
          <div className="flex items-center gap-x-2">
            <Text size="small" weight="plus">
              Return …{r.id.slice(-6)}
            </Text>
            <Badge
              size="2xsmall"
              color={
                r.serial_verification!.status === "verified"
                  ? "green"
                  : "orange"
              }
            >
              {r.serial_verification!.status === "verified"
                ? "Serials verified"
                : `Awaiting serials (${r.serial_verification!.recorded} of ${r.serial_verification!.expected})`}
            </Badge>
          </div>
          {r.serial_verification!.status !== "verified" && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => setVerifying(r.id)}
            >
              Verify return
            </Button>
          )}
        </div>
      ))}
      {data && remaining && (
        <FulfillWithSerials
          orderId={order.id}
          lines={data.lines}
          remaining={remaining}
          open={fulfillOpen}
          onOpenChange={setFulfillOpen}
        />
      )}
      {verifyingReturn && (
        <VerifyReturn
          orderId={order.id}
          returnId={verifyingReturn.id}
          expected={verifyingReturn.serial_verification?.expected ?? null}
          open={!!verifying}
          onOpenChange={(open) => !open && setVerifying(null)}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderSerialNumbersWidget
