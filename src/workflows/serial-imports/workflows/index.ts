export * from "./import-serial-numbers"
export * from "./import-serial-number-chunk"
