import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnPlanSerial } from "../../../modules/serial-inventory/utils"
import { ScanSource } from "../../../types/parsed-scan"
import { resolveScannedSerials, scanProblemsError } from "../../scanner-input"

/**
 * Reads each returned serial as a scan (GS1 element string or Digital Link;
 * plain serials stay as sent): a scan's GTIN must be the item of the unit it
 * names. Refuses with one 400 listing every bad scan
 * (`serial_scan_invalid`, `serial_scan_gtin_mismatch`). Writes nothing.
 */
export const resolveReturnedSerialScansStep = createStep(
  "resolve-returned-serial-scans",
  async (serials: ReturnPlanSerial[], { container }) => {
    const { rows, problems } = await resolveScannedSerials(
      container,
      serials.map((s) => ({ input: s.serial }))
    )
    if (problems.length) {
      throw scanProblemsError(problems)
    }
    return new StepResponse(
      serials.map((s, i) =>
        rows[i].source === ScanSource.PLAIN
          ? s
          : { ...s, serial: rows[i].serial }
      )
    )
  }
)
