import { Text, clx } from "@medusajs/ui"
import type { RefObject } from "react"
import { ScanInput } from "../scan-input"

export type ScanFlash = { ok: boolean; message: string }

/**
 * The receiving screens' scan field: the background flashes green or red
 * with the last outcome, and one live line under it says what happened
 * (read out by screen readers), so a worker never has to close a dialog.
 */
export const ScanField = ({
  scanRef,
  label,
  flash,
  onScan,
}: {
  scanRef: RefObject<HTMLInputElement>
  label: string
  flash: ScanFlash | null
  onScan: (value: string) => void
}) => (
  <>
    <div
      className={clx(
        "rounded-lg p-1 transition-colors",
        flash && (flash.ok ? "bg-ui-tag-green-bg" : "bg-ui-tag-red-bg")
      )}
      data-flash={flash ? (flash.ok ? "ok" : "error") : undefined}
    >
      <ScanInput
        ref={scanRef}
        label={label}
        placeholder="Scan, type or paste serials; Enter adds each"
        autoFocus
        onScan={onScan}
      />
    </div>
    <Text
      size="small"
      role="status"
      aria-live="polite"
      className={
        flash
          ? flash.ok
            ? "text-ui-fg-interactive"
            : "text-ui-fg-error"
          : "text-ui-fg-subtle"
      }
    >
      {flash?.message ?? "Waiting for the first scan"}
    </Text>
  </>
)
