export * from "./emit-in-workflow-group"
export * from "./hook-registration"
