export * from "./pick-input"
export * from "./serial-numbers-by-line"
