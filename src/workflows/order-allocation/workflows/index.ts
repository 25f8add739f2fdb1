export * from "./allocate-order-serial-numbers"
export * from "./release-order-serial-numbers"
export * from "./reconcile-order-serial-allocations"
