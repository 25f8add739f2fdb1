// Plain-SQL baselines for benchmarks that write units: rows shaped like the plugin's, written
// with multi-row INSERT ... SELECT FROM unnest(...) into logged scratch copies of the tables
// (LIKE ... INCLUDING ALL: same indexes, unique key, checks), in one transaction.

const crypto = require("crypto")

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// Same format as Medusa's generateEntityId: prefix + 26 Crockford base32 characters.
function entityId(prefix) {
  const bytes = crypto.randomBytes(26)
  let id = ""
  for (const b of bytes) id += CROCKFORD[b & 31]
  return `${prefix}_${id}`
}

function attributesFor(i) {
  return {
    colour: i % 2 ? "silver" : "graphite",
    storage_gb: i % 3 ? 128 : 256,
  }
}

function sqlRows(prefix, count) {
  const rows = {
    ids: [],
    serials: [],
    normalized: [],
    attributes: [],
    eventIds: [],
  }
  for (let i = 0; i < count; i++) {
    const serial = `${prefix}-${String(i).padStart(5, "0")}`
    rows.ids.push(entityId("sn"))
    rows.serials.push(serial)
    rows.normalized.push(serial.toLowerCase())
    rows.attributes.push(JSON.stringify(attributesFor(i)))
    rows.eventIds.push(entityId("sev"))
  }
  return rows
}

const insertUnits = (table) => `
  INSERT INTO ${table} (id, serial, normalized_serial, status, inventory_item_id,
    stock_location_id, template_id, attributes, received_at, created_at, updated_at)
  SELECT u.id, u.serial, u.normalized_serial, 'in_stock', $5, $6, $7, u.attributes::jsonb,
    now(), now(), now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
    AS u(id, serial, normalized_serial, attributes)`

const insertEvents = (table) => `
  INSERT INTO ${table} (id, serial_number_id, type, to_status, actor_type, actor_id,
    stock_location_id, created_at, updated_at)
  SELECT e.id, e.serial_number_id, 'received', 'in_stock', 'system', $3, $4,
    clock_timestamp(), clock_timestamp()
  FROM unnest($1::text[], $2::text[]) AS e(id, serial_number_id)`

// `sets`: { units, events? } table names; `dropList`: every scratch table, children first.
async function createScratchTables(client, sets, dropList) {
  await client.query(`DROP TABLE IF EXISTS ${dropList}`)
  for (const { units, events } of sets) {
    await client.query(
      `CREATE TABLE ${units} (LIKE serial_number INCLUDING ALL)`
    )
    if (!events) continue
    await client.query(
      `CREATE TABLE ${events} (LIKE serial_event INCLUDING ALL)`
    )
    await client.query(
      `ALTER TABLE ${events} ADD FOREIGN KEY (serial_number_id) REFERENCES ${units} (id) ON UPDATE CASCADE`
    )
  }
}

// `alsoInTransaction(client)`: more statements of the same transaction (e.g. a stock update).
async function sqlBatch(client, seed, rows, tables, alsoInTransaction) {
  const started = process.hrtime.bigint()
  await client.query("BEGIN")
  try {
    await client.query(insertUnits(tables.units), [
      rows.ids,
      rows.serials,
      rows.normalized,
      rows.attributes,
      seed.inventory_item_id,
      seed.stock_location_id,
      seed.template_id,
    ])
    if (tables.events) {
      await client.query(insertEvents(tables.events), [
        rows.eventIds,
        rows.ids,
        "apk_bench",
        seed.stock_location_id,
      ])
    }
    if (alsoInTransaction) await alsoInTransaction(client)
    await client.query("COMMIT")
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {})
    throw err
  }
  return Number(process.hrtime.bigint() - started) / 1e6
}

module.exports = {
  entityId,
  attributesFor,
  sqlRows,
  createScratchTables,
  sqlBatch,
}
