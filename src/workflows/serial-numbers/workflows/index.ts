export * from "./create-serial-numbers"
export * from "./update-serial-numbers"
export * from "./transition-serial-numbers"
