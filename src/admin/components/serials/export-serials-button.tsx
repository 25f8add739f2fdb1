import { Button, toast } from "@medusajs/ui"
import type { AdminSerialNumberListParams } from "../../../types/http"
import { useExportSerialNumbers } from "../../hooks/serial-export"
import { errorMessage } from "../../lib/sdk"

/** Downloads the units of the list's current status, search and filters as CSV. */
export const ExportSerialsButton = ({
  query,
}: {
  query: AdminSerialNumberListParams
}) => {
  const exportCsv = useExportSerialNumbers()
  const onClick = () =>
    exportCsv.mutate(query, {
      onSuccess: () => toast.success("Serial numbers exported"),
      onError: (e) =>
        toast.error("Export failed", { description: errorMessage(e) }),
    })
  return (
    <Button
      size="small"
      variant="secondary"
      onClick={onClick}
      isLoading={exportCsv.isPending}
    >
      Export CSV
    </Button>
  )
}
