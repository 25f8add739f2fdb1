import type { MedusaContainer } from "@medusajs/framework/types"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"

/** A GTIN-14 and its GTIN-13 form (the variant stores the 13 digits). */
export const GTIN = "09506000134352"
export const GTIN13 = "9506000134352"
/** A valid GTIN of no product in the tests. */
export const OTHER_GTIN = "04006381333931"
export const GS = "\u001d"

/** Sets a variant's barcode fields through Medusa's own workflow. */
export async function setVariantCodes(
  container: MedusaContainer,
  variantId: string,
  codes: { ean?: string; upc?: string; barcode?: string }
) {
  await updateProductVariantsWorkflow(container).run({
    input: { selector: { id: variantId }, update: codes },
  })
}
