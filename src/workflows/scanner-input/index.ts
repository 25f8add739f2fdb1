export * from "./utils"
