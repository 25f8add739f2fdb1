import { Input, Label, Text, clx } from "@medusajs/ui"
import { forwardRef, useId, useState, type KeyboardEvent } from "react"

export type ScanResult = { ok: boolean; message: string }

interface ScanInputProps {
  label: string
  placeholder?: string
  /** Called with the trimmed value on Enter; its message shows under the field (no pop-up). */
  onScan: (value: string) => Promise<ScanResult | void> | ScanResult | void
  autoFocus?: boolean
  disabled?: boolean
  /** Extra hint under the field while nothing was scanned yet. */
  hint?: string
}

/**
 * The field a scanner types into: Enter submits the value and clears the
 * field, focus stays, and the outcome of the last scan is one line under it
 * (green or red), so a stream of scans is never interrupted by a dialog.
 * Pasting several lines submits each line.
 */
export const ScanInput = forwardRef<HTMLInputElement, ScanInputProps>(
  ({ label, placeholder, onScan, autoFocus, disabled, hint }, ref) => {
    const id = useId()
    const [value, setValue] = useState("")
    const [busy, setBusy] = useState(false)
    const [last, setLast] = useState<ScanResult | null>(null)

    const submit = async (raw: string) => {
      const values = raw
        .split(/[\r\n]+/)
        .map((v) => v.trim())
        .filter(Boolean)
      if (!values.length) return
      setValue("")
      setBusy(true)
      try {
        for (const v of values) {
          const result = await onScan(v)
          if (result) setLast(result)
        }
      } catch (e) {
        setLast({
          ok: false,
          message: e instanceof Error ? e.message : String(e),
        })
      } finally {
        setBusy(false)
      }
    }

    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "Enter") {
        e.preventDefault()
        void submit(value)
      }
    }

    return (
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={id} size="small" weight="plus">
          {label}
        </Label>
        <Input
          id={id}
          ref={ref}
          value={value}
          placeholder={placeholder}
          autoFocus={autoFocus}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          aria-busy={busy}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(e) => {
            const text = e.clipboardData.getData("text")
            if (/[\r\n]/.test(text)) {
              e.preventDefault()
              void submit(text)
            }
          }}
        />
        <Text
          size="small"
          role="status"
          aria-live="polite"
          className={clx(
            last?.ok === false ? "text-ui-fg-error" : "text-ui-fg-subtle",
            !last && !hint && "invisible"
          )}
        >
          {last ? last.message : (hint ?? "\u00a0")}
        </Text>
      </div>
    )
  }
)
ScanInput.displayName = "ScanInput"
