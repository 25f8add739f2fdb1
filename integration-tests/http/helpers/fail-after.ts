import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

export const INJECTED_FAILURE = "injected failure after the workflow"

/**
 * A workflow that runs `workflow` as a step, then a step that always
 * throws, so Medusa compensates every step `workflow` ran. `name` keeps the
 * ids unique in the workflow registry.
 */
export function failingAfter(name: string, workflow: any) {
  const failStep = createStep(`${name}-then-fail-step`, async () => {
    throw new Error(INJECTED_FAILURE)
  })
  return createWorkflow(`${name}-then-fail`, (input: any) => {
    const result = workflow.runAsStep({ input })
    failStep()
    return new WorkflowResponse(result)
  })
}
