import { Button, Input, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useId, useState } from "react"
import { serialKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

export interface PickedItem {
  id: string
  sku?: string | null
  title?: string | null
}

/** Finds an inventory item by SKU or title and picks it; shows the pick with a way to change it. */
export const InventoryItemPicker = ({
  value,
  onChange,
}: {
  value: PickedItem | null
  onChange: (item: PickedItem | null) => void
}) => {
  const id = useId()
  const [q, setQ] = useState("")
  const search = useQuery({
    queryKey: [...serialKeys.all, "inventory-item-search", q],
    queryFn: () =>
      sdk.admin.inventoryItem.list({ q, limit: 8, fields: "id,sku,title" }),
    enabled: !value && q.trim().length > 0,
  })
  const known = useQuery({
    queryKey: [...serialKeys.all, "inventory-item", value?.id],
    queryFn: () =>
      sdk.admin.inventoryItem.retrieve(value!.id, { fields: "id,sku,title" }),
    enabled: !!value && !value.sku && !value.title,
  })
  if (value) {
    const shown = known.data?.inventory_item ?? value
    return (
      <div className="flex flex-col gap-y-1">
        <Label size="small" weight="plus">
          Item
        </Label>
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus" data-testid="receiving-item">
            {shown.title || shown.sku || shown.id}
          </Text>
          {shown.sku && (
            <Text size="small" className="text-ui-fg-subtle">
              {shown.sku}
            </Text>
          )}
          <Button
            size="small"
            variant="transparent"
            onClick={() => onChange(null)}
          >
            Change
          </Button>
        </div>
      </div>
    )
  }
  const items = search.data?.inventory_items ?? []
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus" htmlFor={id}>
        Item
      </Label>
      <Input
        id={id}
        type="search"
        placeholder="Search by SKU or title"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {items.length > 0 && (
        <ul className="shadow-elevation-card-rest bg-ui-bg-base rounded-md p-1">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="hover:bg-ui-bg-base-hover w-full rounded px-2 py-1.5 text-left"
                onClick={() => onChange(item)}
              >
                <Text size="small" weight="plus" as="span">
                  {item.title || item.sku}
                </Text>{" "}
                <Text size="small" as="span" className="text-ui-fg-subtle">
                  {item.sku}
                </Text>
              </button>
            </li>
          ))}
        </ul>
      )}
      {q && search.isSuccess && !items.length && (
        <Text size="small" className="text-ui-fg-subtle">
          No inventory item matches "{q}".
        </Text>
      )}
    </div>
  )
}
