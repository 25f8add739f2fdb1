export * from "./serial-numbers"
export * from "./serial-templates"
export * from "./tracking-policies"
export * from "./order-allocation"
