export interface MicroBatcher<K, R> {
  /** Resolves the result for `key` once the batch holding it has run. */
  add(key: K): Promise<R>
}

/**
 * Gathers keys into batches without adding a wait: a key that arrives while
 * a run slot is free runs at once (with the keys of the same tick); keys
 * that arrive while every slot is busy wait and form the next batch, at
 * most `maxSize` keys each. So at low load every key runs alone and
 * immediately, and under load many keys share one run. Each caller gets the
 * result for its own key. If a batch of several fails, each of its keys runs
 * again alone, so one bad key cannot fail the others.
 */
export function createMicroBatcher<K, R>(
  /** Runs a batch; resolves one result per key, in the keys' order. */
  run: (keys: K[]) => Promise<R[]>,
  {
    maxSize = 50,
    maxInFlight = 2,
  }: { maxSize?: number; maxInFlight?: number } = {}
): MicroBatcher<K, R> {
  type Waiter = {
    key: K
    resolve: (r: R) => void
    reject: (e: unknown) => void
  }
  let pending: Waiter[] = []
  let inFlight = 0
  let scheduled = false

  async function runAlone(w: Waiter) {
    try {
      const [result] = await run([w.key])
      w.resolve(result)
    } catch (err) {
      w.reject(err)
    }
  }

  async function runBatch(batch: Waiter[]) {
    if (batch.length === 1) {
      return runAlone(batch[0])
    }
    let results: R[]
    try {
      results = await run(batch.map((w) => w.key))
    } catch {
      await Promise.all(batch.map(runAlone))
      return
    }
    batch.forEach((w, i) => w.resolve(results[i]))
  }

  function pump() {
    scheduled = false
    while (pending.length && inFlight < maxInFlight) {
      const batch = pending.slice(0, maxSize)
      pending = pending.slice(batch.length)
      inFlight++
      void runBatch(batch).finally(() => {
        inFlight--
        schedule()
      })
    }
  }

  function schedule() {
    if (!scheduled && pending.length && inFlight < maxInFlight) {
      scheduled = true
      setImmediate(pump)
    }
  }

  return {
    add(key: K) {
      return new Promise<R>((resolve, reject) => {
        pending.push({ key, resolve, reject })
        schedule()
      })
    },
  }
}
