// Measure `recall_100k`: a recall campaign over 100,000 units, over HTTP. The units are seeded
// with plain SQL (serial_number rows with their `received` events, the item's stock level raised
// by the same count so Medusa's stock and the units agree), then: POST /admin/serial-recalls/preview
// over the whole range, POST /admin/serial-recalls (draft), POST /admin/serial-recalls/:id/apply
// (every unit blocked with an event, the level lowered through Medusa's inventory step) and
// POST /admin/serial-recalls/:id/close (released back, level raised again). Each prints its wall
// time and SQL statements; the same steps over 10 units show the statement count is constant.

const crypto = require("crypto")
const { Client } = require("pg")
const { counter } = require("../lib/sql-counter-client")
const { entityId } = require("../lib/unit-baseline")

const UNITS = Number(process.env.BENCH_RECALL_UNITS || 100000)
const TARGET_MS = 5000

async function seedUnits(client, seed, prefix, count) {
  const ids = []
  const serials = []
  const eventIds = []
  for (let i = 0; i < count; i++) {
    ids.push(entityId("sn"))
    serials.push(`${prefix}-${String(i).padStart(6, "0")}`)
    eventIds.push(entityId("sev"))
  }
  await client.query("BEGIN")
  await client.query(
    `INSERT INTO serial_number (id, serial, normalized_serial, status, inventory_item_id,
       stock_location_id, template_id, lot, received_at, created_at, updated_at)
     SELECT u.id, u.serial, lower(u.serial), 'in_stock', $3, $4, $5, $6, now(), now(), now()
     FROM unnest($1::text[], $2::text[]) AS u(id, serial)`,
    [
      ids,
      serials,
      seed.inventory_item_id,
      seed.stock_location_id,
      seed.template_id,
      prefix,
    ]
  )
  await client.query(
    `INSERT INTO serial_event (id, serial_number_id, type, to_status, actor_type,
       stock_location_id, created_at, updated_at)
     SELECT e.id, e.unit, 'received', 'in_stock', 'system', $3, now(), now()
     FROM unnest($1::text[], $2::text[]) AS e(id, unit)`,
    [eventIds, ids, seed.stock_location_id]
  )
  await client.query(
    `UPDATE inventory_level SET stocked_quantity = stocked_quantity + $3,
       raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + $3)::text, 'precision', 20),
       updated_at = now()
     WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
    [seed.inventory_item_id, seed.stock_location_id, count]
  )
  await client.query("COMMIT")
  return { first: serials[0], last: serials[count - 1] }
}

async function stocked(client, seed) {
  const { rows } = await client.query(
    `SELECT coalesce(sum(stocked_quantity), 0)::int AS q FROM inventory_level
     WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
    [seed.inventory_item_id, seed.stock_location_id]
  )
  return rows[0].q
}

async function campaign(api, sql, range, name) {
  const step = async (method, path, body) => {
    await sql.reset()
    const res = await api
      .expect(200, method, path, {
        body: body && JSON.stringify(body),
        admin: true,
      })
      .catch(async (e) => {
        throw e
      })
    const { count } = await sql.read()
    return { ms: res.ms, statements: count, json: res.json }
  }
  const preview = await step("POST", "/admin/serial-recalls/preview", {
    selector: { serial_range: range },
  })
  await sql.reset()
  const created = await api.expect(201, "POST", "/admin/serial-recalls", {
    body: JSON.stringify({ name, selector: { serial_range: range } }),
    admin: true,
  })
  const createStatements = (await sql.read()).count
  const id = created.json.recall.id
  const apply = await step("POST", `/admin/serial-recalls/${id}/apply`)
  const close = await step("POST", `/admin/serial-recalls/${id}/close`, {
    disposition: "release",
  })
  return {
    preview,
    create: { ms: created.ms, statements: createStatements },
    apply,
    close,
  }
}

async function measureRecall({ api, seed, databaseUrl, counterPort, log }) {
  const sql = counter(counterPort)
  const tag = crypto.randomBytes(2).toString("hex").toUpperCase()
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  let big
  let small
  let levels
  try {
    const bigRange = await seedUnits(client, seed, `RC${tag}`, UNITS)
    const smallRange = await seedUnits(client, seed, `RS${tag}`, 10)
    await client.query("ANALYZE serial_number")
    small = await campaign(
      api,
      sql,
      `${smallRange.first}..${smallRange.last}`,
      "bench 10"
    )
    const before = await stocked(client, seed)
    big = await campaign(
      api,
      sql,
      `${bigRange.first}..${bigRange.last}`,
      "bench 100k"
    )
    const after = await stocked(client, seed)
    if (big.preview.json.preview.matched !== UNITS) {
      throw new Error(
        `preview matched ${big.preview.json.preview.matched}, expected ${UNITS}`
      )
    }
    if (big.apply.json.recall.blocked_count !== UNITS) {
      throw new Error(
        `apply blocked ${big.apply.json.recall.blocked_count}, expected ${UNITS}`
      )
    }
    levels = { before, after }
    if (after !== before) {
      throw new Error(
        `stocked_quantity ${before} before the campaign, ${after} after its release`
      )
    }
  } finally {
    await client.end().catch(() => {})
  }
  for (const step of ["preview", "create", "apply", "close"]) {
    log(
      `  ${step}: ${UNITS} units ${big[step].ms.toFixed(0)} ms, ${big[step].statements} statements; ` +
        `10 units ${small[step].ms.toFixed(0)} ms, ${small[step].statements} statements`
    )
  }
  const row = (step, target) => {
    const met = target
      ? big[step].ms <= TARGET_MS &&
        big[step].statements === small[step].statements
      : undefined
    return {
      label: `recall_${step}_100k_http (${big[step].statements} statements; 10 units: ${small[step].statements})`,
      unit: "ms",
      p50: big[step].ms,
      p95: big[step].ms,
      baseline: small[step].ms,
      ratio: null,
      target: target ? `<= ${TARGET_MS} ms, constant statements` : "",
      met,
      why:
        met === false
          ? big[step].ms > TARGET_MS
            ? "(time)"
            : "(statements)"
          : "",
    }
  }
  const met =
    big.preview.ms <= TARGET_MS &&
    big.apply.ms <= TARGET_MS &&
    big.preview.statements === small.preview.statements &&
    big.apply.statements === small.apply.statements
  return {
    json: {
      name: "recall_100k_http",
      value: Math.max(big.preview.ms, big.apply.ms),
      unit: "ms",
      target: `preview and apply each <= ${TARGET_MS} ms with the statements of a 10-unit recall`,
      met,
      units: UNITS,
      preview_ms: big.preview.ms,
      apply_ms: big.apply.ms,
      close_ms: big.close.ms,
      statements: {
        preview: big.preview.statements,
        apply: big.apply.statements,
        close: big.close.statements,
        preview_10: small.preview.statements,
        apply_10: small.apply.statements,
        close_10: small.close.statements,
      },
      stocked_quantity: levels,
    },
    rows: [row("preview", true), row("apply", true), row("close", false)],
    details: [
      `recall_100k_http: ${UNITS} units seeded by SQL (level raised by the same count); one ` +
        `preview, create, apply and close (release) over the whole range, each timed once, with ` +
        `the statements the server sent; "baseline" is the same step over a 10-unit range`,
    ],
    notes: [
      "recall: statements counted in the server by bench/sql-counter.js (includes Medusa's own " +
        "workflow and inventory statements); stocked_quantity checked back to its level after the release.",
    ],
  }
}

module.exports = { measureRecall }
