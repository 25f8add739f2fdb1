import { Label, Select } from "@medusajs/ui"
import { useEffect, useId } from "react"
import { useStockLocations } from "../hooks/stock-locations"

/** The stock location picker of the scan forms; picks the first location while none is chosen. */
export const LocationSelect = ({
  value,
  onChange,
  focusAfterClose,
}: {
  value: string
  onChange: (locationId: string) => void
  /** Where the focus goes when the list closes (a scan field), instead of back to the select. */
  focusAfterClose?: () => void
}) => {
  const id = useId()
  const { data } = useStockLocations()
  const locations = data?.stock_locations ?? []
  useEffect(() => {
    if (!value && locations[0]) onChange(locations[0].id)
  }, [value, locations, onChange])
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus" id={`${id}-location`}>
        Location
      </Label>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger aria-labelledby={`${id}-location`}>
          <Select.Value placeholder="Choose a location" />
        </Select.Trigger>
        <Select.Content
          onCloseAutoFocus={
            focusAfterClose
              ? (e) => {
                  e.preventDefault()
                  focusAfterClose()
                }
              : undefined
          }
        >
          {locations.map((l) => (
            <Select.Item key={l.id} value={l.id}>
              {l.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
