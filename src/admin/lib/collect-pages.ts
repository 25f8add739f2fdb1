/** One page of a paged list: its items and the total the filters match. */
export interface Page<T> {
  items: T[]
  count: number
}

/**
 * Reads every page of a list (`limit`/`offset`), in order, until `count`
 * items were seen or a page comes back empty (the list shrank meanwhile).
 */
export async function collectPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  limit: number
): Promise<T[]> {
  const all: T[] = []
  let offset = 0
  for (;;) {
    const page = await fetchPage(offset, limit)
    all.push(...page.items)
    offset += limit
    if (!page.items.length || offset >= page.count) return all
  }
}
