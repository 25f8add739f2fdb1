import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../../../../modules/serial-inventory"
import type SerialInventoryModuleService from "../../../../modules/serial-inventory/service"
import { serialError } from "../../../../modules/serial-inventory/utils"
import { SerialErrorCode } from "../../../../types/error-codes"
import type {
  AdminOrderLineUnit,
  AdminOrderSerialNumbersResponse,
} from "../../../../types/http"
import { SerialAllocationStage } from "../../../../types/serial-allocation-stage"

/**
 * An order's lines with, per inventory item, its tracking mode, the units
 * it has had (stage, fulfillment, return) and how many it still lacks, and
 * the order's returns with their serial verification. Five reads whatever the order's size: the order with its lines, their
 * variants' inventory items, the allocations, their units, the policies.
 */
export async function orderSerialNumbers(
  container: MedusaContainer,
  orderId: string
): Promise<AdminOrderSerialNumbersResponse> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Line quantities live on the order's item details: ask for them explicitly.
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "items.id",
      "items.title",
      "items.variant_sku",
      "items.variant_id",
      "items.quantity",
      "items.detail.quantity",
      "returns.id",
      "returns.status",
      "returns.metadata",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) {
    throw serialError(
      MedusaError.Types.NOT_FOUND,
      SerialErrorCode.ORDER_NOT_FOUND,
      `Order not found: ${orderId}`
    )
  }
  const variantIds = ((order.items ?? []) as any[])
    .map((i) => i.variant_id)
    .filter(Boolean)
  const { data: variants } = variantIds.length
    ? await query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "inventory_items.inventory_item_id",
          "inventory_items.required_quantity",
        ],
        filters: { id: variantIds },
      })
    : { data: [] as any[] }
  const inventoryOf = new Map<string, any[]>(
    (variants as any[]).map((v) => [v.id, v.inventory_items ?? []])
  )
  const service: SerialInventoryModuleService = container.resolve(
    SERIAL_INVENTORY_MODULE
  )
  const allocations = await service.listSerialAllocations(
    { order_id: orderId },
    { order: { allocated_at: "ASC", id: "ASC" }, take: null }
  )
  const units = allocations.length
    ? await service.listSerialNumbers(
        { id: allocations.map((a) => a.serial_number_id) },
        { select: ["id", "serial", "status"], take: null }
      )
    : []
  const unitById = new Map(units.map((u) => [u.id, u]))
  // Units a recall blocks are marked with their campaign (one read, only when there are some).
  const recalled = units.filter((u) => u.status === "recalled")
  const recallOf = recalled.length
    ? await service.listRecallsHoldingUnits(recalled.map((u) => u.id))
    : new Map<string, { id: string; name: string }>()
  const items = (order.items ?? []) as any[]
  // Quantities come back as Medusa BigNumbers.
  const numeric = (value: any): number =>
    value === null || value === undefined
      ? 0
      : typeof value === "object"
        ? Number(value.numeric ?? value.value ?? value)
        : Number(value)
  const itemIds = items.flatMap((i) =>
    (inventoryOf.get(i.variant_id) ?? []).map((ii: any) => ii.inventory_item_id)
  )
  const policies = itemIds.length
    ? await service.listSerialTrackingPolicies({ inventory_item_id: itemIds })
    : []
  const modeOf = new Map(policies.map((p) => [p.inventory_item_id, p.mode]))
  return {
    order_id: order.id,
    display_id: (order.display_id as number | null) ?? null,
    lines: items.map((item) => ({
      line_item_id: item.id,
      title: item.title,
      sku: item.variant_sku ?? null,
      quantity: numeric(item.quantity ?? item.detail?.quantity),
      inventory_items: (inventoryOf.get(item.variant_id) ?? []).map(
        (ii: any) => {
          const mode = modeOf.get(ii.inventory_item_id) ?? "none"
          const quantity =
            numeric(item.quantity ?? item.detail?.quantity) *
            numeric(ii.required_quantity ?? 1)
          const lineUnits: AdminOrderLineUnit[] = allocations
            .filter(
              (a) =>
                a.line_item_id === item.id &&
                a.inventory_item_id === ii.inventory_item_id
            )
            .map((a) => ({
              id: a.serial_number_id,
              serial: unitById.get(a.serial_number_id)?.serial ?? "",
              status: unitById.get(a.serial_number_id)?.status as any,
              stage: a.stage,
              allocation_id: a.id,
              fulfillment_id: a.fulfillment_id,
              return_id: a.return_id,
              recall: recallOf.get(a.serial_number_id) ?? null,
            }))
          // Units that shipped and came back still count: the line had them.
          const open = lineUnits.filter(
            (u) => u.stage !== SerialAllocationStage.RELEASED
          ).length
          return {
            inventory_item_id: ii.inventory_item_id,
            tracking_mode: mode,
            quantity,
            units: lineUnits,
            missing: mode === "none" ? 0 : Math.max(0, quantity - open),
          }
        }
      ),
    })),
    returns: ((order.returns ?? []) as any[]).map((r) => ({
      id: r.id,
      status: r.status,
      serial_verification: r.metadata?.serial_verification ?? null,
    })),
  }
}
