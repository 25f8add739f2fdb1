export * from "./steps"
export * from "./workflows"
export * from "./utils"
export * from "./batching/allocate-placed-order"
