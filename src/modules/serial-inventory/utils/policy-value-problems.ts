import {
  SerialAllocationStrategy,
  SerialTrackingMode,
} from "../../../types/tracking-policy"
import { generatorPatternProblems } from "./generator-pattern"
import { isWarrantyMonths } from "./template-field-problems"

const MODES = Object.values(SerialTrackingMode) as string[]
const STRATEGIES = Object.values(SerialAllocationStrategy) as string[]

const optionalText = (value: unknown, max: number) =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.length > 0 && value.length <= max)

/** Checks the values given for a tracking policy; one message per problem. */
export function policyValueProblems(values: Record<string, unknown>): string[] {
  const problems: string[] = []
  if ("mode" in values && !MODES.includes(values.mode as string)) {
    problems.push(`mode must be one of ${MODES.join(", ")}`)
  }
  if (
    "allocation_strategy" in values &&
    !STRATEGIES.includes(values.allocation_strategy as string)
  ) {
    problems.push(`allocation_strategy must be one of ${STRATEGIES.join(", ")}`)
  }
  const months = values.warranty_months
  if (months !== undefined && months !== null && !isWarrantyMonths(months)) {
    problems.push("warranty_months must be a whole number from 0 to 1200")
  }
  if (!optionalText(values.template_id, 255)) {
    problems.push("template_id must be an id")
  }
  if (!optionalText(values.generator_pattern, 128)) {
    problems.push("generator_pattern must be 1 to 128 characters")
  } else if (typeof values.generator_pattern === "string") {
    problems.push(
      ...generatorPatternProblems(values.generator_pattern).map(
        (p) => `generator_pattern ${p}`
      )
    )
  }
  const metadata = values.metadata
  if (
    metadata !== undefined &&
    metadata !== null &&
    (typeof metadata !== "object" || Array.isArray(metadata))
  ) {
    problems.push("metadata must be an object")
  }
  return problems
}
