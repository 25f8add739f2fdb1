export * from "./merge-stock-drift"
export * from "./serial-stock-drift"
export * from "./received-return-ids"
