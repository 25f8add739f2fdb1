export * from "./plan-serial-reconciliation"
export * from "./to-quantity"
export * from "./describe-reconciliation"
export * from "./reason-for-order-change"
