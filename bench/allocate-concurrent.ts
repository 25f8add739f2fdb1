// Allocation throughput on one hot item, in-process (run with `medusa exec
// ./bench/allocate-concurrent.ts` by bench/measures/allocation-throughput.js): the Medusa app
// is loaded with its container and its shared PostgreSQL pool, and `CONCURRENCY` callers at a
// time allocate one unit to each of `LINES` order lines of the same `full` item:
//   subscriber what the order.placed subscriber awaits per event (allocatePlacedOrder): orders
//             placed while earlier runs are busy batched into one allocateOrderSerialNumbersWorkflow
//             run (Query reads of the orders and their reservations, one set-based allocation
//             transaction, the `serial_number.allocated` events), on real orders with real
//             reservations
//   workflow  the same workflow run once per order, unbatched (informative)
//   module    the module's allocateSerialNumbersToLines for one line (the step's body alone)
//   sql       baseline: the least SQL that does the same job on scratch copies of the tables
//             (LIKE ... INCLUDING ALL), over the same pool: BEGIN; SELECT one in-stock unit
//             FOR UPDATE SKIP LOCKED; UPDATE its status; INSERT the allocation; COMMIT
// Each side gets exactly as many fresh units as it has lines. Rounds alternate the order of
// the sides; a warm-up round is not recorded. After it, one line per side runs alone to count
// its SQL statements (bench/sql-counter.js preloaded, on $BENCH_SQL_COUNTER_PORT); with
// BENCH_VERBOSE=1 their text and times are kept too. Reads its input from BENCH_ALLOC_IN and writes
// latencies, counts, the pool size, sampled busy connections and the correctness checks to
// BENCH_ALLOC_OUT.

import fs from "fs"
import { Client } from "pg"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SERIAL_INVENTORY_MODULE } from "../src/modules/serial-inventory"
import {
  allocateOrderSerialNumbersWorkflow,
  allocatePlacedOrder,
} from "../src/workflows/order-allocation"
import { createSerialNumbersWorkflow } from "../src/workflows/serial-numbers"

type Side = "subscriber" | "workflow" | "module" | "sql"
type Line = {
  order_id: string
  line_item_id: string
  inventory_item_id: string
  stock_location_id: string
  quantity: number
}

const SCRATCH_UNITS = "bench_scratch_alloc_serial_number"
const SCRATCH_ALLOCS = "bench_scratch_alloc_serial_allocation"
const now = () => Number(process.hrtime.bigint()) / 1e6

export default async function allocateConcurrent({ container }: ExecArgs) {
  const input = JSON.parse(fs.readFileSync(process.env.BENCH_ALLOC_IN!, "utf8"))
  const {
    inventory_item_id,
    variant_id,
    location_id,
    lines: LINES,
    rounds: ROUNDS,
    warmup: WARMUP,
    concurrency: CONCURRENCY,
    database_url,
  } = input
  const knex: any = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service: any = container.resolve(SERIAL_INVENTORY_MODULE)
  const orderModule: any = container.resolve(Modules.ORDER)
  const inventory: any = container.resolve(Modules.INVENTORY)
  const pool = knex.client.pool
  // The module is registered without database options, so it runs on this shared connection.
  const poolInfo = { min: pool.min, max: pool.max }

  let serialCounter = 0
  async function receive(count: number) {
    const serials = Array.from(
      { length: count },
      () => `BH-${String(++serialCounter).padStart(7, "0")}`
    )
    await createSerialNumbersWorkflow(container).run({
      input: {
        serial_numbers: serials.map((serial) => ({
          serial,
          inventory_item_id,
          stock_location_id: location_id,
        })),
      },
    })
  }

  async function placeOrders(count: number): Promise<Line[]> {
    const orders = await orderModule.createOrders(
      Array.from({ length: count }, () => ({
        currency_code: "usd",
        email: "bench@example.com",
        items: [
          { title: "Bench Hot", variant_id, quantity: 1, unit_price: 500 },
        ],
      }))
    )
    const lines: Line[] = orders.map((o: any) => ({
      order_id: o.id,
      line_item_id: o.items[0].id,
      inventory_item_id,
      stock_location_id: location_id,
      quantity: 1,
    }))
    await inventory.createReservationItems(
      lines.map((l) => ({
        line_item_id: l.line_item_id,
        inventory_item_id,
        location_id,
        quantity: 1,
      }))
    )
    return lines
  }

  let scratchRound = 0
  async function scratchUnits(count: number) {
    const tag = `r${++scratchRound}`
    await knex.raw(
      `INSERT INTO ${SCRATCH_UNITS} (id, serial, normalized_serial, status, inventory_item_id,
         stock_location_id, received_at, created_at, updated_at)
       SELECT 'bsn_' || ? || '_' || lpad(g::text, 7, '0'), 'BS-' || ? || '-' || g,
         'bs-' || ? || '-' || g, 'in_stock', ?, ?, now(), now(), now()
       FROM generate_series(1, ?) g`,
      [tag, tag, tag, inventory_item_id, location_id, count]
    )
    await knex.raw(`ANALYZE ${SCRATCH_UNITS}`)
  }

  let sqlAllocCounter = 0
  async function sqlAllocate(line: Line): Promise<number> {
    return await knex.transaction(async (trx: any) => {
      const { rows } = await trx.raw(
        `SELECT id FROM ${SCRATCH_UNITS}
         WHERE inventory_item_id = ? AND stock_location_id = ? AND status = 'in_stock'
           AND deleted_at IS NULL
         ORDER BY received_at ASC NULLS LAST, created_at ASC, id ASC
         LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [line.inventory_item_id, line.stock_location_id]
      )
      if (!rows.length) return 0
      await trx.raw(
        `UPDATE ${SCRATCH_UNITS} SET status = 'reserved', updated_at = now() WHERE id = ?`,
        [rows[0].id]
      )
      await trx.raw(
        `INSERT INTO ${SCRATCH_ALLOCS} (id, serial_number_id, inventory_item_id, order_id,
           line_item_id, stock_location_id, stage, allocated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'allocated', now())`,
        [
          `bsa_${++sqlAllocCounter}`,
          rows[0].id,
          line.inventory_item_id,
          line.order_id,
          line.line_item_id,
          line.stock_location_id,
        ]
      )
      return 1
    })
  }

  const allocate: Record<Side, (line: Line) => Promise<number>> = {
    subscriber: async (line) => {
      const lines = await allocatePlacedOrder(container, line.order_id)
      return lines.reduce((n, l) => n + l.allocated.length, 0)
    },
    workflow: async (line) => {
      const { result } = await allocateOrderSerialNumbersWorkflow(
        container
      ).run({ input: { order_id: line.order_id } })
      return result.reduce((n: number, l: any) => n + l.allocated.length, 0)
    },
    module: async (line) => {
      const [r] = await service.allocateSerialNumbersToLines([line], {
        actor_type: "system",
        note: "bench",
      })
      return r.allocations.length
    },
    sql: sqlAllocate,
  }

  // Busy backends of this database (active or in a transaction), sampled from outside the pool.
  // The statement counter preloaded into this process (bench/sql-counter.js), if any.
  const counterPort = process.env.BENCH_SQL_COUNTER_PORT
  const counter = async (path: string) =>
    counterPort
      ? await (await fetch(`http://127.0.0.1:${counterPort}${path}`)).json()
      : { count: null, statements: [] }

  // One line per side, alone: its statements (count; text and times when verbose).
  async function probe(side: Side, lines: Line[]) {
    await counter(`/record?on=${input.verbose ? 1 : 0}`)
    await counter("/reset")
    const t = now()
    const n = await allocate[side](lines[0])
    const ms = now() - t
    const { count, statements } = await counter("/read")
    await counter("/record?on=0")
    if (n !== 1) {
      throw new Error(`${side}: the probe line got ${n} unit(s)`)
    }
    return { side, ms, count, statements }
  }

  const monitor = new Client({ connectionString: database_url })
  await monitor.connect()
  async function sampleBusy(stop: { done: boolean }) {
    const samples: number[] = []
    while (!stop.done) {
      const { rows } = await monitor.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND backend_type = 'client backend' AND state <> 'idle'`
      )
      samples.push(rows[0].n)
      await new Promise((r) => setTimeout(r, 10))
    }
    return samples
  }

  async function runSide(side: Side, lines: Line[]) {
    const latencies: number[] = []
    let next = 0
    let allocated = 0
    const stop = { done: false }
    const sampling = sampleBusy(stop)
    const started = now()
    try {
      await Promise.all(
        Array.from(
          { length: Math.min(CONCURRENCY, lines.length) },
          async () => {
            while (next < lines.length) {
              const line = lines[next++]
              const t = now()
              // Not `allocated += await ...`: that reads `allocated` before the await.
              const n = await allocate[side](line)
              latencies.push(now() - t)
              allocated += n
            }
          }
        )
      )
    } finally {
      stop.done = true
    }
    const wallMs = now() - started
    const busy = await sampling
    return { side, lines: lines.length, allocated, wallMs, latencies, busy }
  }

  async function prepare(side: Side, count: number) {
    if (side === "sql") {
      await scratchUnits(count)
      return Array.from({ length: count }, (_, i) => ({
        order_id: `border_${scratchRound}_${i}`,
        line_item_id: `bline_${scratchRound}_${i}`,
        inventory_item_id,
        stock_location_id: location_id,
        quantity: 1,
      }))
    }
    await receive(count)
    return await placeOrders(count)
  }

  await knex.raw(`DROP TABLE IF EXISTS ${SCRATCH_ALLOCS}, ${SCRATCH_UNITS}`)
  await knex.raw(
    `CREATE TABLE ${SCRATCH_UNITS} (LIKE serial_number INCLUDING ALL)`
  )
  await knex.raw(
    `CREATE TABLE ${SCRATCH_ALLOCS} (LIKE serial_allocation INCLUDING ALL)`
  )
  await knex.raw(
    `ALTER TABLE ${SCRATCH_ALLOCS} ADD FOREIGN KEY (serial_number_id) REFERENCES ${SCRATCH_UNITS} (id) ON UPDATE CASCADE`
  )

  const sides: Side[] = ["subscriber", "workflow", "module", "sql"]
  const runs: any[] = []
  const linesBySide: Record<Side, Line[]> = {
    subscriber: [],
    workflow: [],
    module: [],
    sql: [],
  }
  const probes: any[] = []
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const order = round % 2 === 1 ? sides : [...sides].reverse()
      const count = round === 0 ? WARMUP : LINES
      for (const side of order) {
        const lines = await prepare(side, count)
        await knex.raw("VACUUM ANALYZE serial_number")
        await knex.raw("VACUUM ANALYZE serial_allocation")
        const run = await runSide(side, lines)
        linesBySide[side].push(...lines)
        if (run.allocated !== count) {
          throw new Error(
            `${side}: ${run.allocated} allocation(s) for ${count} lines and ${count} units`
          )
        }
        runs.push({ ...run, round })
        process.stderr.write(
          `  alloc ${round ? `round ${round}/${ROUNDS}` : "warm-up"} ${side}: ` +
            `${count} in ${run.wallMs.toFixed(0)} ms\n`
        )
      }
      // After the warm-up: one line per side alone, for its statements.
      if (round === 0) {
        for (const side of sides) {
          const lines = await prepare(side, 1)
          probes.push(await probe(side, lines))
          linesBySide[side].push(...lines)
        }
      }
    }

    // Correctness, from the tables: every line exactly one open allocation, no unit twice,
    // allocations = min(lines, units) = units received, every unit reserved, one event each.
    const pluginLines = [
      ...linesBySide.subscriber,
      ...linesBySide.workflow,
      ...linesBySide.module,
    ]
    const [
      { rows: allocs },
      { rows: units },
      { rows: events },
      { rows: perLine },
    ] = await Promise.all([
      knex.raw(
        `SELECT count(*)::int AS n, count(DISTINCT serial_number_id)::int AS units,
                  count(DISTINCT line_item_id)::int AS lines
           FROM serial_allocation WHERE inventory_item_id = ? AND deleted_at IS NULL
             AND stage NOT IN ('returned', 'released')`,
        [inventory_item_id]
      ),
      knex.raw(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'reserved')::int AS reserved
           FROM serial_number WHERE inventory_item_id = ? AND deleted_at IS NULL`,
        [inventory_item_id]
      ),
      knex.raw(
        `SELECT count(*)::int AS n FROM serial_event e JOIN serial_number sn
             ON sn.id = e.serial_number_id
           WHERE sn.inventory_item_id = ? AND e.type = 'allocated'`,
        [inventory_item_id]
      ),
      knex.raw(
        `SELECT count(*)::int AS n FROM (
             SELECT line_item_id FROM serial_allocation
             WHERE line_item_id = ANY(?) AND deleted_at IS NULL
             GROUP BY line_item_id HAVING count(*) <> 1) x`,
        [pluginLines.map((l) => l.line_item_id)]
      ),
    ])
    const { rows: sqlCheck } = await knex.raw(
      `SELECT count(*)::int AS n, count(DISTINCT serial_number_id)::int AS units,
              count(DISTINCT line_item_id)::int AS lines FROM ${SCRATCH_ALLOCS}`
    )
    const checks = {
      lines: pluginLines.length,
      units_received: units[0].n,
      allocations: allocs[0].n,
      distinct_units: allocs[0].units,
      distinct_lines: allocs[0].lines,
      units_reserved: units[0].reserved,
      allocated_events: events[0].n,
      lines_not_exactly_one: perLine[0].n,
      sql_lines: linesBySide.sql.length,
      sql_allocations: sqlCheck[0].n,
      sql_distinct_units: sqlCheck[0].units,
    }
    const expected = Math.min(checks.lines, checks.units_received)
    const ok =
      checks.allocations === expected &&
      checks.distinct_units === checks.allocations &&
      checks.distinct_lines === checks.allocations &&
      checks.units_reserved === checks.allocations &&
      checks.allocated_events === checks.allocations &&
      checks.lines_not_exactly_one === 0 &&
      checks.sql_allocations === checks.sql_lines &&
      checks.sql_distinct_units === checks.sql_allocations
    fs.writeFileSync(
      process.env.BENCH_ALLOC_OUT!,
      JSON.stringify({
        pool: poolInfo,
        runs,
        probes,
        checks: { ...checks, ok },
      })
    )
  } finally {
    await monitor.end().catch(() => {})
    await knex
      .raw(`DROP TABLE IF EXISTS ${SCRATCH_ALLOCS}, ${SCRATCH_UNITS}`)
      .catch(() => {})
  }
}
