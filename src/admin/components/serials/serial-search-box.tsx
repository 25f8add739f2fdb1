import { Input } from "@medusajs/ui"
import { useEffect, useId, useState, type KeyboardEvent } from "react"
import { useNavigate } from "react-router-dom"
import { readScan } from "../../../modules/serial-inventory/utils/read-scan"
import { lookupSerialNumber } from "../../hooks/serial-numbers"
import { errorMessage } from "../../lib/sdk"

interface SerialSearchBoxProps {
  /** The list's current `q` (part of a serial), if any. */
  q: string
  /** Sets (or with null clears) the list's `q`. */
  onSearch: (q: string | null) => void
  /** What the last Enter did, for a line under the toolbar (null clears it). */
  onNote: (note: SearchNote | null) => void
  /** The id of that line, for `aria-describedby`. */
  noteId?: string
}

export type SearchNote = { tone: "info" | "error"; text: string }

const isNotFound = (e: unknown) =>
  !!e && typeof e === "object" && (e as { status?: number }).status === 404

/**
 * The list's search field. Enter with an exact serial (typed or scanned)
 * opens that unit; with anything else the list is filtered to serials
 * containing it, and `onNote` gets a line saying so for the toolbar (never
 * a dialog, so scanning goes on). Enter on an empty field or Escape clears the search.
 */
export const SerialSearchBox = ({
  q,
  onSearch,
  onNote: setNote,
  noteId,
}: SerialSearchBoxProps) => {
  const id = useId()
  const navigate = useNavigate()
  const [value, setValue] = useState(q)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    setValue(q)
    if (!q) setNote(null)
  }, [q])

  const submit = async () => {
    const input = value.trim()
    if (!input) {
      setNote(null)
      onSearch(null)
      return
    }
    setBusy(true)
    try {
      // The lookup reads a GS1 scan too; the list search takes the serial it names.
      const { serial_number } = await lookupSerialNumber(input)
      navigate(`/serials/${serial_number.id}`)
    } catch (e) {
      if (isNotFound(e)) {
        const reading = readScan(input)
        const serial = "scan" in reading ? reading.scan.serial : input
        onSearch(serial)
        setNote({
          tone: "info",
          text: `No unit has the serial "${serial}". Showing serials that contain it.`,
        })
      } else {
        setNote({ tone: "error", text: errorMessage(e) })
      }
    } finally {
      setBusy(false)
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault()
      void submit()
    } else if (e.key === "Escape" && value) {
      e.preventDefault()
      setValue("")
      setNote(null)
      if (q) onSearch(null)
    }
  }

  return (
    <>
      <label htmlFor={id} className="sr-only">
        Find a serial
      </label>
      <Input
        id={id}
        type="search"
        size="small"
        className="w-full md:w-[260px]"
        placeholder="Scan or type a serial, Enter"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-busy={busy}
        aria-describedby={noteId}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </>
  )
}
