export * from "./emit-in-workflow-group"
export * from "./hook-registration"
export * from "./undo-order-flow"
export * from "./micro-batcher"
