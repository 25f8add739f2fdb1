export * from "./receive-serial-numbers"
