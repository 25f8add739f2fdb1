/**
 * Where an allocated unit is in its order's flow. `returned` and `released`
 * close the allocation; every other stage is open (the unit is on that line).
 */
export const SerialAllocationStage = {
  ALLOCATED: "allocated",
  PICKED: "picked",
  SHIPPED: "shipped",
  DELIVERED: "delivered",
  RETURNED: "returned",
  RELEASED: "released",
} as const

export type SerialAllocationStage =
  (typeof SerialAllocationStage)[keyof typeof SerialAllocationStage]

export const SERIAL_ALLOCATION_STAGES = Object.values(
  SerialAllocationStage
) as SerialAllocationStage[]

/** Stages that close an allocation. */
export const CLOSED_ALLOCATION_STAGES: SerialAllocationStage[] = [
  SerialAllocationStage.RETURNED,
  SerialAllocationStage.RELEASED,
]

/** Open stages whose unit has not left the building: a release can end them. */
export const RELEASABLE_ALLOCATION_STAGES: SerialAllocationStage[] = [
  SerialAllocationStage.ALLOCATED,
  SerialAllocationStage.PICKED,
]
