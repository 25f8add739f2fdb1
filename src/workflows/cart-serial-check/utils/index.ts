export * from "./cart-inventory-shape"
export * from "./predict-reservation-location"
export * from "./serial-needs-for-cart"
export * from "./serial-shortages"
