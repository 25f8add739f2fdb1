import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inboundService } from "./service"

/**
 * The GTINs (EAN, UPC, barcode of their variants) of a manifest's items, by
 * inventory item id, to check GS1 scans against. Reads only (two queries).
 */
export const loadInboundItemGtinsStep = createStep(
  "load-inbound-item-gtins",
  async (inboundId: string, { container }) => {
    const lines = await inboundService(container).listSerialInboundLines(
      { inbound_id: inboundId },
      { select: ["inventory_item_id"] }
    )
    const gtins: Record<string, string[]> = {}
    if (!lines.length) {
      return new StepResponse(gtins)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "variants.ean", "variants.upc", "variants.barcode"],
      filters: { id: lines.map((l) => l.inventory_item_id) },
    })
    for (const item of data as any[]) {
      gtins[item.id] = (item.variants ?? [])
        .flatMap((v: any) => [v?.ean, v?.upc, v?.barcode])
        .filter(
          (code: unknown): code is string => typeof code === "string" && !!code
        )
    }
    return new StepResponse(gtins)
  }
)
