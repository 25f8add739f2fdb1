/**
 * Whether the store asked the plugin not to register one of its core hook
 * handlers: `SERIAL_INVENTORY_DISABLED_HOOKS` lists them comma-separated as
 * `<workflow>.<hook>` (e.g. `createOrderFulfillmentWorkflow.fulfillmentCreated`).
 * A core hook takes one handler per process; a store that needs the same
 * hook disables ours and calls the exported handler from its own.
 */
export function hookDisabled(
  name: string,
  env: Record<string, string | undefined> = process.env
): boolean {
  return (env.SERIAL_INVENTORY_DISABLED_HOOKS ?? "")
    .split(",")
    .map((s) => s.trim())
    .includes(name)
}
