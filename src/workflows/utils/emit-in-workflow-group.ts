import { Modules } from "@medusajs/framework/utils"

/**
 * Emits an event from inside a workflow hook so that it joins the running
 * workflow's event group: Medusa releases it only if that workflow
 * succeeds, and drops it if it compensates (as `emitEventStep` does).
 */
export async function emitInWorkflowGroup(
  context: { container: any; eventGroupId?: string },
  name: string,
  data: unknown
): Promise<void> {
  await context.container.resolve(Modules.EVENT_BUS).emit([
    {
      name,
      data,
      metadata: context.eventGroupId
        ? { eventGroupId: context.eventGroupId }
        : {},
    },
  ])
}
