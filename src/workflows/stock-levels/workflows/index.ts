export * from "./reconcile-serial-stock"
