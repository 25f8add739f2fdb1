export * from "./allocate-order-serial-numbers"
