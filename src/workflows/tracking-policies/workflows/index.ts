export * from "./set-serial-tracking-policy"
