export * from "./create-serial-templates"
export * from "./update-serial-templates"
export * from "./delete-serial-templates"
