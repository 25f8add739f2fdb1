export * from "./pick-input"
export * from "./serial-numbers-by-line"
export * from "./resolve-pick-scans"
