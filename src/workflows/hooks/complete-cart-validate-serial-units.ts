import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { validateCartSerialUnits } from "../cart-serial-check"
import { hookDisabled } from "../utils"

// Registers `completeCartWorkflow.hooks.validate`, which runs before the
// order is created and before payment is authorized: a cart whose
// serialized lines cannot be covered is refused there. Medusa takes one
// handler per hook per process; a store that needs the hook lists
// `completeCartWorkflow.validate` in SERIAL_INVENTORY_DISABLED_HOOKS and calls
// `validateCartSerialUnits` from its own handler.
if (!hookDisabled("completeCartWorkflow.validate")) {
  completeCartWorkflow.hooks.validate(validateCartSerialUnits)
}
