import { Label, Select } from "@medusajs/ui"
import { useId } from "react"
import { useOpenSerialInbounds } from "../../hooks/serial-inbounds"

/** Radix Select has no empty value: this one stands for "no manifest". */
const NONE = "__none"

/** Receive freely, or against one of the location's open expected-serial manifests. */
export const ManifestSelect = ({
  locationId,
  value,
  onChange,
}: {
  locationId: string
  value: string
  onChange: (inboundId: string) => void
}) => {
  const id = useId()
  const { data } = useOpenSerialInbounds(locationId)
  const open = data?.serial_inbounds ?? []
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus" id={`${id}-manifest`}>
        Manifest
      </Label>
      <Select
        value={value || NONE}
        onValueChange={(v) => onChange(v === NONE ? "" : v)}
      >
        <Select.Trigger aria-labelledby={`${id}-manifest`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={NONE}>
            {open.length
              ? "None: receive without a manifest"
              : "None (no open manifest here)"}
          </Select.Item>
          {open.map((m) => (
            <Select.Item key={m.id} value={m.id}>
              {m.reference ?? m.id} ({m.lines.length} line
              {m.lines.length === 1 ? "" : "s"})
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
