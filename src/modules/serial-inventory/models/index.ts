export * from "./serial-number"
export * from "./serial-event"
export * from "./serial-template"
export * from "./serial-tracking-policy"
