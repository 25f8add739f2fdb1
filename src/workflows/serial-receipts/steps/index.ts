export * from "./plan-received-stock"
export * from "./prepare-serial-receipt"
