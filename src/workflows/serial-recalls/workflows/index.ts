export * from "./create-serial-recall"
export * from "./apply-serial-recall"
export * from "./close-serial-recall"
