export * from "./return-serial-verification"
