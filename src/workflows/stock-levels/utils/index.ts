export * from "./merge-stock-drift"
export * from "./serial-stock-drift"
