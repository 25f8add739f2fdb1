import { Button, Input, Label, Select } from "@medusajs/ui"
import { useState } from "react"
import {
  TRACE_SEARCH_KINDS,
  type TraceSearchKind,
} from "../../lib/traceability-search"

/** The search bar: what to search by, the value, and Trace. */
export const TraceSearchForm = ({
  initialKind,
  initialValue,
  onSearch,
}: {
  initialKind: TraceSearchKind
  initialValue: string
  onSearch: (kind: TraceSearchKind, value: string) => void
}) => {
  const [kind, setKind] = useState<TraceSearchKind>(initialKind)
  const [value, setValue] = useState(initialValue)
  const placeholder = TRACE_SEARCH_KINDS.find(
    (k) => k.value === kind
  )?.placeholder
  return (
    <form
      className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end"
      onSubmit={(e) => {
        e.preventDefault()
        if (value.trim()) onSearch(kind, value.trim())
      }}
    >
      <div className="flex flex-col gap-y-1 md:w-56">
        <Label size="small" weight="plus" id="trace-by">
          Search by
        </Label>
        <Select
          value={kind}
          onValueChange={(v) => setKind(v as TraceSearchKind)}
        >
          <Select.Trigger aria-labelledby="trace-by">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {TRACE_SEARCH_KINDS.map((k) => (
              <Select.Item key={k.value} value={k.value}>
                {k.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-1 flex-col gap-y-1">
        <Label size="small" weight="plus" htmlFor="trace-value">
          Value
        </Label>
        <Input
          id="trace-value"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <Button type="submit" variant="primary" disabled={!value.trim()}>
        Trace
      </Button>
    </form>
  )
}
