export * from "./ensure-serial-inventory-levels"
export * from "./plan-serial-stock-reconcile"
export * from "./record-serial-stock-reconciled"
export * from "./plan-serial-stock-adjustments"
