const MAX_WARRANTY_MONTHS = 1200

/** Whether a value is a warranty length the module accepts: whole months, 0 to 100 years. */
export function isWarrantyMonths(value: unknown): boolean {
  return (
    Number.isInteger(value) &&
    (value as number) >= 0 &&
    (value as number) <= MAX_WARRANTY_MONTHS
  )
}

/**
 * Checks a template's own fields (its attribute definitions are checked by
 * `templateDefinitionProblems`): a non-empty name when creating or renaming,
 * a whole number of warranty months, distinct non-empty condition grades.
 * Returns one message per problem.
 */
export function templateFieldProblems(
  template: Record<string, unknown>,
  creating: boolean
): string[] {
  const problems: string[] = []
  const { name, warranty_months, condition_grades } = template
  if (creating || name !== undefined) {
    if (typeof name !== "string" || !name.trim() || name.length > 255) {
      problems.push("name must be 1 to 255 characters")
    }
  }
  if (
    warranty_months !== undefined &&
    warranty_months !== null &&
    !isWarrantyMonths(warranty_months)
  ) {
    problems.push(
      `warranty_months must be a whole number from 0 to ${MAX_WARRANTY_MONTHS}`
    )
  }
  if (condition_grades !== undefined && condition_grades !== null) {
    const grades = condition_grades as unknown[]
    if (
      !Array.isArray(grades) ||
      grades.some((g) => typeof g !== "string" || !g.trim()) ||
      new Set(grades).size !== grades.length
    ) {
      problems.push("condition_grades must be distinct, non-empty texts")
    }
  }
  return problems
}
