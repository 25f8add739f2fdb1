export * from "./add-serial-photos"
export * from "./remove-serial-photos"
export * from "./delete-serial-photo-files"
