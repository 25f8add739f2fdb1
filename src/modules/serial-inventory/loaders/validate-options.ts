import type { LoaderOptions } from "@medusajs/framework/types"
import type { SerialInventoryPluginOptions } from "../../../types/plugin-options"
import { parsePluginOptions } from "../utils/plugin-options"

/**
 * Module loader: validates the plugin's options when Medusa loads the module,
 * so `medusa start` (and `db:migrate`) stop on a bad option with
 * `serial_plugin_options_invalid` instead of a route failing later.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<SerialInventoryPluginOptions>) {
  parsePluginOptions(options)
}
