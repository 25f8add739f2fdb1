/** React Query keys of the plugin's admin data; mutations invalidate by these prefixes. */
export const serialKeys = {
  all: ["serial-inventory"] as const,
  units: () => [...serialKeys.all, "units"] as const,
  unitList: (query: Record<string, unknown>) =>
    [...serialKeys.units(), "list", query] as const,
  unit: (id: string) => [...serialKeys.units(), "detail", id] as const,
  /** A unit's photos; under the unit's own key, so invalidating the unit refreshes them too. */
  photos: (unitId: string) => [...serialKeys.unit(unitId), "photos"] as const,
  /** Under the units' key: every unit write refreshes the drift line too. */
  stockDrift: (inventoryItemId: string) =>
    [...serialKeys.units(), "stock-drift", inventoryItemId] as const,
  policies: () => [...serialKeys.all, "policies"] as const,
  policy: (inventoryItemId: string) =>
    [...serialKeys.policies(), inventoryItemId] as const,
  templates: () => [...serialKeys.all, "templates"] as const,
  template: (id: string) => [...serialKeys.templates(), id] as const,
  imports: () => [...serialKeys.all, "imports"] as const,
  import: (id: string) => [...serialKeys.imports(), id] as const,
  orders: () => [...serialKeys.all, "orders"] as const,
  order: (orderId: string) => [...serialKeys.orders(), orderId] as const,
  recalls: () => [...serialKeys.all, "recalls"] as const,
  recallList: (query: Record<string, unknown>) =>
    [...serialKeys.recalls(), "list", query] as const,
  recall: (id: string) => [...serialKeys.recalls(), "detail", id] as const,
  recallCustomers: (id: string, query: Record<string, unknown>) =>
    [...serialKeys.recall(id), "customers", query] as const,
  /** A unit's trace; under the units' key, so every unit write refreshes it. */
  trace: (unitId: string) => [...serialKeys.units(), "trace", unitId] as const,
  /** Who received units of a set; under the units' key too. */
  traceability: (query: Record<string, unknown>) =>
    [...serialKeys.units(), "traceability", query] as const,
}
