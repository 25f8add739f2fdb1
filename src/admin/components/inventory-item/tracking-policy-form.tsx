import { Button, Input, Label, Select, Skeleton, toast } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { useSerialTemplates } from "../../hooks/serial-templates"
import {
  useSetTrackingPolicy,
  useTrackingPolicy,
} from "../../hooks/tracking-policy"
import { errorMessage } from "../../lib/sdk"
import { FormError } from "../form-error"

const MODES = [
  { value: "none", label: "Not tracked" },
  { value: "outbound", label: "Outbound (captured at pick)" },
  { value: "full", label: "Full (every unit from receipt)" },
]
const STRATEGIES = [
  { value: "fifo", label: "Oldest first (FIFO)" },
  { value: "condition", label: "Best condition first" },
  { value: "location", label: "Bin order (pick walk)" },
  { value: "manual", label: "Manual (picked at fulfillment)" },
]
const NO_TEMPLATE = "__none"

type Draft = {
  mode: string
  template_id: string
  warranty_months: string
  allocation_strategy: string
}

/**
 * An inventory item's tracking policy, editable in place: mode, template,
 * warranty and allocation strategy. The API's refusals show under the form.
 */
export const TrackingPolicyForm = ({
  inventoryItemId,
}: {
  inventoryItemId: string
}) => {
  const ids = useId()
  const { data, isLoading } = useTrackingPolicy(inventoryItemId)
  const { data: templates } = useSerialTemplates()
  const save = useSetTrackingPolicy(inventoryItemId)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | null>(null)

  const policy = data?.serial_tracking_policy
  const stored: Draft | null = policy
    ? {
        mode: policy.mode,
        template_id: policy.template_id ?? NO_TEMPLATE,
        warranty_months:
          policy.warranty_months == null ? "" : String(policy.warranty_months),
        allocation_strategy: policy.allocation_strategy,
      }
    : null
  useEffect(() => {
    setDraft(stored)
    setError(null)
    // Reset when the stored policy changes (after a save or for another item).
  }, [JSON.stringify(stored)])

  if (isLoading || !draft || !stored) {
    return <Skeleton className="h-24 w-full" />
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(stored)
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })

  const onSave = async () => {
    setError(null)
    const months = draft.warranty_months.trim()
    try {
      await save.mutateAsync({
        mode: draft.mode,
        template_id:
          draft.template_id === NO_TEMPLATE ? null : draft.template_id,
        warranty_months: months === "" ? null : Number(months),
        allocation_strategy: draft.allocation_strategy,
      })
      toast.success("Tracking policy saved")
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" id={`${ids}-mode`}>
            Tracking
          </Label>
          <Select value={draft.mode} onValueChange={(mode) => set({ mode })}>
            <Select.Trigger aria-labelledby={`${ids}-mode`}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {MODES.map((m) => (
                <Select.Item key={m.value} value={m.value}>
                  {m.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" id={`${ids}-template`}>
            Template
          </Label>
          <Select
            value={draft.template_id}
            onValueChange={(template_id) => set({ template_id })}
          >
            <Select.Trigger aria-labelledby={`${ids}-template`}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_TEMPLATE}>No template</Select.Item>
              {(templates?.serial_templates ?? []).map((t) => (
                <Select.Item key={t.id} value={t.id}>
                  {t.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" htmlFor={`${ids}-warranty`}>
            Warranty (months)
          </Label>
          <Input
            id={`${ids}-warranty`}
            type="number"
            min={0}
            placeholder="Template's"
            value={draft.warranty_months}
            onChange={(e) => set({ warranty_months: e.target.value })}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" id={`${ids}-strategy`}>
            Allocation
          </Label>
          <Select
            value={draft.allocation_strategy}
            onValueChange={(allocation_strategy) =>
              set({ allocation_strategy })
            }
          >
            <Select.Trigger aria-labelledby={`${ids}-strategy`}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STRATEGIES.map((s) => (
                <Select.Item key={s.value} value={s.value}>
                  {s.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <FormError error={error} />
      <div className="flex items-center justify-end gap-x-2">
        {dirty && (
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setDraft(stored)
              setError(null)
            }}
          >
            Cancel
          </Button>
        )}
        <Button
          size="small"
          disabled={!dirty}
          isLoading={save.isPending}
          onClick={onSave}
        >
          Save policy
        </Button>
      </div>
    </div>
  )
}
