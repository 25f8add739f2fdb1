import { Table, Text, clx } from "@medusajs/ui"
import type { AdminSerialImport } from "../../../types/http"
import { serialImportProgress } from "../../lib/serial-import-progress"

/** Refused rows listed at most; the rest are counted. */
const SHOWN_ERRORS = 200

/**
 * An import's progress bar and, when it failed on bad rows, the rows to fix
 * (row as a spreadsheet counts it, column, problem). Reusable wherever an
 * import is started (the Serials page, a receiving screen).
 */
export const SerialImportProgressView = ({
  serialImport,
}: {
  serialImport: AdminSerialImport
}) => {
  const { percent, label, tone } = serialImportProgress(serialImport)
  const errors = serialImport.errors
  return (
    <div className="flex flex-col gap-y-3">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
        className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className={clx("h-full transition-all", {
            "bg-ui-fg-interactive": tone === "running",
            "bg-ui-tag-green-icon": tone === "success",
            "bg-ui-tag-red-icon": tone === "error",
          })}
          style={{ width: `${percent}%` }}
        />
      </div>
      <Text
        size="small"
        role="status"
        className={tone === "error" ? "text-ui-fg-error" : "text-ui-fg-subtle"}
      >
        {label}
      </Text>
      {errors.length > 0 && (
        <div className="max-h-[320px] overflow-y-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Row</Table.HeaderCell>
                <Table.HeaderCell>Column</Table.HeaderCell>
                <Table.HeaderCell>Problem</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                <Table.Row key={i}>
                  <Table.Cell>{e.row}</Table.Cell>
                  <Table.Cell>{e.column ?? "–"}</Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {e.message}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {errors.length > SHOWN_ERRORS && (
            <Text size="small" className="text-ui-fg-subtle mt-2">
              and {errors.length - SHOWN_ERRORS} more problems
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
