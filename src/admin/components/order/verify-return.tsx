import { XMarkMini } from "@medusajs/icons"
import {
  FocusModal,
  Heading,
  IconButton,
  Input,
  Select,
  Table,
  toast,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { readScan } from "../../../modules/serial-inventory/utils/read-scan"
import {
  useRecordReturnSerials,
  type ReturnSerialInput,
} from "../../hooks/order-serial-numbers"
import { errorMessage } from "../../lib/sdk"
import { FormError } from "../form-error"
import { ModalActions } from "../modal-actions"
import { ScanInput } from "../scan-input"

type Row = Required<Pick<ReturnSerialInput, "serial" | "disposition">> & {
  note: string
  /** The GS1 scan the serial was read from: sent, so the server checks its GTIN. */
  scan?: string
}

/**
 * "Verify return": scan the units a received return brought back and choose
 * restock or defective for each, then record them in one request.
 */
export const VerifyReturn = ({
  orderId,
  returnId,
  expected,
  open,
  onOpenChange,
}: {
  orderId: string
  returnId: string
  expected: number | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const record = useRecordReturnSerials(orderId, returnId)
  const [rows, setRows] = useState<Row[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (open) {
      setRows([])
      setError(null)
    }
  }, [open])

  const onScan = (scanned: string) => {
    const reading = readScan(scanned)
    if ("problem" in reading) {
      return { ok: false, message: reading.problem }
    }
    const { serial, source } = reading.scan
    if (rows.some((r) => r.serial.toLowerCase() === serial.toLowerCase())) {
      return { ok: false, message: `${serial} is already on the list` }
    }
    const scan = source === "plain" ? {} : { scan: scanned.trim() }
    setRows((r) => [
      ...r,
      { serial, disposition: "restock", note: "", ...scan },
    ])
    return { ok: true, message: `${serial} added` }
  }
  const set = (serial: string, patch: Partial<Row>) =>
    setRows((r) => r.map((x) => (x.serial === serial ? { ...x, ...patch } : x)))

  const onSubmit = async () => {
    setError(null)
    try {
      await record.mutateAsync(
        rows.map((r) => ({
          serial: r.scan ?? r.serial,
          disposition: r.disposition,
          ...(r.note.trim() ? { note: r.note.trim() } : {}),
        }))
      )
      toast.success(`${rows.length} returned unit(s) recorded`)
      onOpenChange(false)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title asChild>
            <Heading>Verify return</Heading>
          </FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-10">
          <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
            <FocusModal.Description className="text-ui-fg-subtle txt-small">
              Scan every unit that came back
              {expected ? ` (${expected} expected)` : ""}, then choose what
              happens to each.
            </FocusModal.Description>
            <ScanInput
              label="Scan"
              placeholder="Scan or type a returned serial, Enter adds it"
              autoFocus
              onScan={onScan}
            />
            {rows.length > 0 && (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Serial</Table.HeaderCell>
                    <Table.HeaderCell>Disposition</Table.HeaderCell>
                    <Table.HeaderCell>Note</Table.HeaderCell>
                    <Table.HeaderCell />
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {rows.map((r) => (
                    <Table.Row key={r.serial}>
                      <Table.Cell className="font-mono">{r.serial}</Table.Cell>
                      <Table.Cell>
                        <Select
                          size="small"
                          value={r.disposition}
                          onValueChange={(d) =>
                            set(r.serial, {
                              disposition: d as Row["disposition"],
                            })
                          }
                        >
                          <Select.Trigger
                            aria-label={`Disposition of ${r.serial}`}
                          >
                            <Select.Value />
                          </Select.Trigger>
                          <Select.Content>
                            <Select.Item value="restock">Restock</Select.Item>
                            <Select.Item value="defective">
                              Defective
                            </Select.Item>
                          </Select.Content>
                        </Select>
                      </Table.Cell>
                      <Table.Cell>
                        <Input
                          size="small"
                          aria-label={`Note on ${r.serial}`}
                          value={r.note}
                          onChange={(e) =>
                            set(r.serial, { note: e.target.value })
                          }
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <IconButton
                          size="small"
                          variant="transparent"
                          aria-label={`Remove ${r.serial}`}
                          onClick={() =>
                            setRows((x) =>
                              x.filter((y) => y.serial !== r.serial)
                            )
                          }
                        >
                          <XMarkMini />
                        </IconButton>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
            <FormError error={error} />
          </div>
        </FocusModal.Body>
        <ModalActions
          submitLabel={
            rows.length
              ? `Record ${rows.length} unit${rows.length === 1 ? "" : "s"}`
              : "Record units"
          }
          onSubmit={onSubmit}
          isLoading={record.isPending}
          disabled={!rows.length}
        />
      </FocusModal.Content>
    </FocusModal>
  )
}
