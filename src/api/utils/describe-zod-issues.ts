/** The part of a zod issue a message is built from (zod 3 and 4 share it). */
export interface ZodIssueLike {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
}

/**
 * Where an issue is, in the merchant's words: `row 3` for a batch element
 * (1-based, as the module's per-row errors count), then the field path.
 */
function where(path: PropertyKey[]): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    const next = path[i + 1]
    if (typeof next === "number" && typeof key === "string") {
      parts.push(`${key} row ${next + 1}`)
      i++
    } else {
      parts.push(String(key))
    }
  }
  return parts.join(", ")
}

/** One readable line per issue, naming the row and field each one is about. */
export function describeZodIssues(issues: ZodIssueLike[]): string[] {
  return issues.map((issue) => {
    const at = where(issue.path)
    const what =
      issue.code === "unrecognized_keys" && issue.keys?.length
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys
            .map((k) => JSON.stringify(k))
            .join(", ")}`
        : issue.message
    return at ? `${at}: ${what}` : what
  })
}
