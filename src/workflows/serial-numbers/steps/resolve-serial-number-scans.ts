import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  creationError,
  type RowProblem,
} from "../../../modules/serial-inventory/utils"
import { ScanSource } from "../../../types/parsed-scan"
import { mergeScanIntoRow, resolveScannedSerials } from "../../scanner-input"
import type { CreateSerialNumbersStepInput } from "./create-serial-numbers"

/**
 * Reads each row's `serial` as a scan (see `resolveScannedSerials`): a GS1
 * element string or Digital Link gives the serial, fills `lot` and
 * `metadata.gs1_expiry` (`mergeScanIntoRow`), and its GTIN must be the
 * row's item's. Plain serials pass unchanged. Every bad row is named in one
 * 400, before anything is written. Writes nothing, so nothing to undo.
 */
export const resolveSerialNumberScansStep = createStep(
  "resolve-serial-number-scans",
  async (input: CreateSerialNumbersStepInput, { container }) => {
    const given = input.serial_numbers
    const readable = given.flatMap((row, index) =>
      typeof row.serial === "string" ? [{ row, index }] : []
    )
    const { rows: scans, problems } = await resolveScannedSerials(
      container,
      readable.map(({ row }) => ({
        input: row.serial,
        inventory_item_id: row.inventory_item_id,
      }))
    )
    const rowProblems: RowProblem[] = problems.map((p) => ({
      row: readable[p.index].index + 1,
      serial: p.input,
      message: p.message,
      code: p.code,
    }))
    const serialNumbers = [...given]
    readable.forEach(({ row, index }, i) => {
      if (scans[i].source === ScanSource.PLAIN) return
      const merge = mergeScanIntoRow(row, scans[i])
      if ("row" in merge) {
        serialNumbers[index] = merge.row
      } else {
        rowProblems.push({
          row: index + 1,
          serial: row.serial,
          ...merge.problem,
        })
      }
    })
    if (rowProblems.length) {
      rowProblems.sort((a, b) => a.row - b.row)
      throw creationError(rowProblems, given.length)
    }
    return new StepResponse({ ...input, serial_numbers: serialNumbers })
  }
)
