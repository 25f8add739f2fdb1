export * from "./emit-in-workflow-group"
