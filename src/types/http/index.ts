export * from "./admin-serial-number"
export * from "./admin-serial-template"
export * from "./admin-serial-tracking-policy"
export * from "./store-serial-warranty"
