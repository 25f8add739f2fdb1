export * from "./pick-fulfillment-serial-numbers"
export * from "./ship-fulfillment-serial-numbers"
export * from "./deliver-fulfillment-serial-numbers"
export * from "./unpick-fulfillment-serial-numbers"
