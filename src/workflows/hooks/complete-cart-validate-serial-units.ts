import { configManager } from "@medusajs/framework/config"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  cartValidateHookEnabled,
  validateCartSerialUnits,
} from "../cart-serial-check"

/** The store's `plugins` list; empty when no config is loaded (tooling imports). */
function configuredPlugins() {
  try {
    return configManager.config?.plugins ?? []
  } catch {
    return []
  }
}

// Registers `completeCartWorkflow.hooks.validate`. It runs before the order is created and
// before payment is authorized: a cart whose serialized lines cannot be
// covered is refused there. Medusa takes one handler per hook per process;
// `register_cart_validate_hook: false` leaves the hook to the store (read
// here, when Medusa's workflow loader imports this file, after the config
// is loaded).
if (cartValidateHookEnabled(configuredPlugins())) {
  completeCartWorkflow.hooks.validate(validateCartSerialUnits)
}
