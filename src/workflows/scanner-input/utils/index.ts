export * from "./load-item-gtins"
export * from "./resolve-scanned-serials"
export * from "./scan-problems-error"
export * from "./merge-scan-into-row"
