export * from "./utils"
export * from "./validate-cart-serial-units"
