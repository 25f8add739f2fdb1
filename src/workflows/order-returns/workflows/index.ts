export * from "./record-returned-serial-numbers"
export * from "./check-return-serial-verification"
