import { hookDisabled } from "../hook-registration"

describe("hookDisabled", () => {
  it("reads the comma-separated list, trimming spaces, matching whole names", () => {
    const env = {
      SERIAL_INVENTORY_DISABLED_HOOKS:
        " createOrderFulfillmentWorkflow.fulfillmentCreated , x.y",
    }
    expect(
      hookDisabled("createOrderFulfillmentWorkflow.fulfillmentCreated", env)
    ).toBe(true)
    expect(hookDisabled("x.y", env)).toBe(true)
    expect(
      hookDisabled("createOrderShipmentWorkflow.shipmentCreated", env)
    ).toBe(false)
    expect(hookDisabled("x", env)).toBe(false)
    expect(hookDisabled("x.y", {})).toBe(false)
  })
})
