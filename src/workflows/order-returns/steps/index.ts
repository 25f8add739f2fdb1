export * from "./record-returned-serial-numbers"
export * from "./update-return-serial-verification"
export * from "./resolve-returned-serial-scans"
