import { toQuantity } from "../../order-allocation/utils"

export type ReturnSerialVerificationStatus = "awaiting" | "verified"

export interface ReturnSerialVerification {
  status: ReturnSerialVerificationStatus
  /** Units of serialized lines Medusa received on the return. */
  expected: number
  /** Of those, how many have their serial recorded. */
  recorded: number
}

/**
 * Whether a return's serials are all accounted for: a line is serialized
 * when the order shipped units on it; each needs as many recorded serials as
 * Medusa received. Null when the return has no serialized line.
 */
export function returnSerialVerification(
  orderReturn: any,
  allocations: {
    line_item_id: string
    stage: string
    return_id: string | null
  }[]
): ReturnSerialVerification | null {
  const serialized = new Set(
    allocations
      .filter((a) => ["shipped", "delivered", "returned"].includes(a.stage))
      .map((a) => a.line_item_id)
  )
  let expected = 0
  let recorded = 0
  for (const item of orderReturn?.items ?? []) {
    if (!serialized.has(item.item_id)) {
      continue
    }
    const received = toQuantity(item.received_quantity)
    const mine = allocations.filter(
      (a) =>
        a.line_item_id === item.item_id &&
        a.stage === "returned" &&
        a.return_id === orderReturn.id
    ).length
    expected += received
    recorded += Math.min(mine, received)
  }
  if (!expected && !recorded) {
    return null
  }
  return {
    status: recorded >= expected ? "verified" : "awaiting",
    expected,
    recorded,
  }
}
