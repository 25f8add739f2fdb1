export * from "./validate-serial-number-inventory-references"
export * from "./create-serial-numbers"
export * from "./update-serial-numbers"
export * from "./transition-serial-numbers"
