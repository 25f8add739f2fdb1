type FieldTree = { [key: string]: FieldTree | true }

/** `["a", "b.c", "b.d.*"]` as a tree: `{ a: true, b: { c: true, d: true } }` (`true` keeps the whole value). */
function fieldTree(fields: string[]): FieldTree {
  const tree: FieldTree = {}
  for (const field of fields) {
    const path = field.replace(/^\*/, "").replace(/\.\*$/, "").split(".")
    const whole = field.startsWith("*") || field.endsWith(".*")
    let node = tree
    for (const [i, key] of path.entries()) {
      if (node[key] === true) {
        break
      }
      if (i === path.length - 1) {
        node[key] = whole || !node[key] ? true : node[key]
        break
      }
      node[key] = (node[key] as FieldTree | undefined) ?? {}
      node = node[key] as FieldTree
    }
  }
  return tree
}

function pick(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => pick(item, tree))
  }
  if (!value || typeof value !== "object" || value instanceof Date) {
    return value
  }
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, node] of Object.entries(tree)) {
    if (source[key] !== undefined) {
      out[key] = node === true ? source[key] : pick(source[key], node)
    } else if (node !== true) {
      // A relation asked for but not there (no stock location, say): null, not missing.
      out[key] = null
    }
  }
  return out
}

/**
 * Keeps exactly the requested paths of `query.graph` rows. Query adds the key
 * columns it joins read-only links on (`stock_location_id`,
 * `inventory_item.variants.product_id`) and the routes add the inputs of
 * computed fields; neither belongs in a response that did not ask for them.
 * `relation.*` / `*relation` keep the whole relation.
 */
export function pickFields<T>(rows: T[], fields: string[]): T[] {
  const tree = fieldTree(fields)
  return rows.map((row) => pick(row, tree) as T)
}
