import type { SerialNumberStatus } from "../../types/serial-number-status"
import type { SerialAllocationStage } from "../../types/serial-allocation-stage"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** How each status reads and which `StatusBadge` colour it takes, everywhere in the UI. */
export const STATUS_LABELS: Record<
  SerialNumberStatus,
  { label: string; color: BadgeColor }
> = {
  in_stock: { label: "In stock", color: "green" },
  reserved: { label: "Reserved", color: "blue" },
  sold: { label: "Sold", color: "purple" },
  returned: { label: "Returned", color: "orange" },
  defective: { label: "Defective", color: "red" },
  recalled: { label: "Recalled", color: "orange" },
}

export const STAGE_LABELS: Record<SerialAllocationStage, string> = {
  allocated: "Allocated",
  picked: "Picked",
  shipped: "Shipped",
  delivered: "Delivered",
  returned: "Returned",
  released: "Released",
}

export const ACTION_LABELS: Record<string, string> = {
  reserve: "Reserve",
  release: "Release",
  sell: "Mark sold",
  return: "Mark returned",
  restock: "Restock",
  mark_defective: "Mark defective",
}

/** The route segment of an action (`mark_defective` -> `mark-defective`). */
export const actionPath = (action: string) => action.replace(/_/g, "-")
