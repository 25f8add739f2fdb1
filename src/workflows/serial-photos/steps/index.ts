export * from "./validate-serial-photo-references"
export * from "./add-serial-photos"
export * from "./remove-serial-photos"
export * from "./list-unreferenced-serial-photo-files"
