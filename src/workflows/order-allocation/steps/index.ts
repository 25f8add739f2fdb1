export * from "./allocate-order-serial-numbers"
export * from "./release-order-serial-numbers"
export * from "./list-order-serial-allocations"
export * from "./release-excess-line-serial-numbers"
