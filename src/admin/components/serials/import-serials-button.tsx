import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  useSerialImport,
  useStartSerialImport,
} from "../../hooks/serial-imports"
import { errorMessage } from "../../lib/sdk"
import { SerialImportProgressView } from "./serial-import-progress"

/** A fresh key per chosen file: a retry of the same file is recognised by the server. */
const newKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`

/**
 * Imports units from a CSV file (the export's format) in the background:
 * choose a file, start, and watch the progress bar; a file with bad rows
 * imports nothing and lists the rows to fix. Can be reused by any page
 * that receives units.
 */
export const SerialImportPanel = () => {
  const [file, setFile] = useState<File | null>(null)
  const [key, setKey] = useState(newKey)
  const [importId, setImportId] = useState<string | null>(null)
  const start = useStartSerialImport()
  const { data: serialImport } = useSerialImport(importId)

  const choose = (next: File | null) => {
    setFile(next)
    setKey(newKey())
    setImportId(null)
  }
  const submit = () => {
    if (!file) return
    start.mutate(
      { file, idempotencyKey: key },
      {
        onSuccess: ({ serial_import }) => setImportId(serial_import.id),
        onError: (e) =>
          toast.error("Import refused", { description: errorMessage(e) }),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Text size="small" className="text-ui-fg-subtle">
        One unit per row. Columns: <code>serial</code>, the item as{" "}
        <code>sku</code> or <code>inventory_item_id</code>, optionally the
        location as <code>location</code> (its name) or{" "}
        <code>stock_location_id</code>, <code>lot</code>, dates such as{" "}
        <code>received_at</code> (2026-03-01), and one{" "}
        <code>attr:&lt;key&gt;</code> column per template attribute. An exported
        file has this format.
      </Text>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file"
        onChange={(e) => choose(e.target.files?.[0] ?? null)}
      />
      <div>
        <Button
          size="small"
          onClick={submit}
          disabled={!file || !!importId}
          isLoading={start.isPending}
        >
          Start import
        </Button>
      </div>
      {serialImport && <SerialImportProgressView serialImport={serialImport} />}
    </div>
  )
}

/** "Import CSV" on the Serials page: the import panel in a drawer. */
export const ImportSerialsButton = () => (
  <Drawer>
    <Drawer.Trigger asChild>
      <Button size="small" variant="secondary">
        Import CSV
      </Button>
    </Drawer.Trigger>
    <Drawer.Content aria-describedby={undefined}>
      <Drawer.Header>
        <Drawer.Title>Import serial numbers</Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="overflow-y-auto">
        <SerialImportPanel />
      </Drawer.Body>
    </Drawer.Content>
  </Drawer>
)
