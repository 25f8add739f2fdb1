export interface OrderChangeSummary {
  change_type?: string | null
  claim_id?: string | null
  exchange_id?: string | null
}

/**
 * Names the order change behind a reconciliation, for release notes, from
 * the order's latest confirmed Medusa order change: "order edit", "claim",
 * "exchange", "claim canceled" / "exchange canceled" (Medusa's cancel
 * changes carry the claim or exchange id but no type), else "order changed".
 */
export function reasonForOrderChange(change?: OrderChangeSummary): string {
  switch (change?.change_type) {
    case "edit":
      return "order edit"
    case "claim":
      return "claim"
    case "exchange":
      return "exchange"
  }
  if (!change?.change_type && change?.claim_id) {
    return "claim canceled"
  }
  if (!change?.change_type && change?.exchange_id) {
    return "exchange canceled"
  }
  return "order changed"
}
