import { Button, Input, Text } from "@medusajs/ui"
import { useId, useState } from "react"
import { expandSerialRange } from "../../../modules/serial-inventory/utils/expand-serial-range"
import { FormField } from "../serials/form-field"

export interface RangeChip {
  range: string
  count: number
}

/**
 * Ranges (`SN-0001..SN-0500`, checked as typed: reversed or oversized ones
 * are named under the field) and a count of serials to generate from the
 * item's pattern. Neither is listed serial by serial: the receipt expands
 * them on the server.
 */
export const RangesAndGenerate = ({
  ranges,
  onRangesChange,
  generate,
  onGenerateChange,
  pattern,
}: {
  ranges: RangeChip[]
  onRangesChange: (ranges: RangeChip[]) => void
  generate: number
  onGenerateChange: (count: number) => void
  pattern: string | null | undefined
}) => {
  const id = useId()
  const [draft, setDraft] = useState("")
  const [problem, setProblem] = useState<string | undefined>()
  const add = () => {
    const expansion = expandSerialRange(draft)
    if ("problem" in expansion) {
      setProblem(expansion.problem)
      return
    }
    onRangesChange([
      ...ranges,
      { range: draft.trim(), count: expansion.serials.length },
    ])
    setDraft("")
    setProblem(undefined)
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormField
        id={`${id}-range`}
        label="Add a range"
        error={problem}
        hint="FIRST..LAST, zero padding kept"
      >
        <div className="flex gap-x-2">
          <Input
            id={`${id}-range`}
            value={draft}
            placeholder="SN-0001..SN-0500"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault()
                add()
              }
            }}
          />
          <Button
            size="small"
            variant="secondary"
            onClick={add}
            disabled={!draft.trim()}
          >
            Add range
          </Button>
        </div>
        {ranges.length > 0 && (
          <ul className="flex flex-wrap gap-2" aria-label="Ranges">
            {ranges.map((r, i) => (
              <li
                key={`${r.range}-${i}`}
                className="bg-ui-bg-component flex items-center gap-x-1 rounded-md border px-2 py-0.5"
              >
                <Text size="xsmall" className="font-mono">
                  {r.range} ({r.count})
                </Text>
                <button
                  type="button"
                  aria-label={`Remove range ${r.range}`}
                  className="text-ui-fg-muted"
                  onClick={() =>
                    onRangesChange(ranges.filter((_, j) => j !== i))
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </FormField>
      <FormField
        id={`${id}-generate`}
        label="Generate serials"
        hint={
          pattern
            ? `From the item's pattern ${pattern}`
            : "Set a generator pattern on the item's tracking policy to generate"
        }
      >
        <Input
          id={`${id}-generate`}
          type="number"
          min={0}
          max={100000}
          disabled={!pattern}
          value={generate || ""}
          placeholder="0"
          onChange={(e) =>
            onGenerateChange(
              Math.max(0, Math.floor(Number(e.target.value) || 0))
            )
          }
        />
      </FormField>
    </div>
  )
}
