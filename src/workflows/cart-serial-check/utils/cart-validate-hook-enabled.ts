/** The plugin's package name, as a store lists it under `plugins`. */
export const SERIAL_INVENTORY_PLUGIN = "medusa-serial-inventory"

type PluginEntry = string | { resolve?: string; options?: unknown }

/**
 * Whether the plugin registers its `completeCartWorkflow.hooks.validate`
 * handler: yes unless the store's entry for the plugin sets
 * `options.register_cart_validate_hook` to `false` (a store that needs the
 * hook itself then calls `validateCartSerialUnits` from its own handler).
 */
export function cartValidateHookEnabled(
  plugins: PluginEntry[] | undefined
): boolean {
  const entry = (plugins ?? []).find((p) =>
    typeof p === "string"
      ? p === SERIAL_INVENTORY_PLUGIN
      : p?.resolve === SERIAL_INVENTORY_PLUGIN
  )
  const options =
    entry && typeof entry === "object"
      ? (entry.options as Record<string, unknown> | undefined)
      : undefined
  return options?.register_cart_validate_hook !== false
}
