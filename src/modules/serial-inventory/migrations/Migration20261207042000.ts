import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207042000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_inbound_serial" drop constraint if exists "serial_inbound_serial_inbound_id_normalized_serial_unique";`
    )
    this.addSql(
      `alter table if exists "serial_inbound_line" drop constraint if exists "serial_inbound_line_inbound_id_inventory_item_id_unique";`
    )
    this.addSql(
      `create table if not exists "serial_inbound" ("id" text not null, "stock_location_id" text not null, "reference" text null, "supplier_reference" text null, "status" text check ("status" in ('open', 'confirmed', 'canceled')) not null default 'open', "confirmed_at" timestamptz null, "canceled_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_inbound_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_deleted_at" ON "serial_inbound" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_stock_location_id_status" ON "serial_inbound" ("stock_location_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_reference" ON "serial_inbound" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_status" ON "serial_inbound" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_inbound_line" ("id" text not null, "inventory_item_id" text not null, "mode" text check ("mode" in ('serials', 'quantity')) not null, "expected_quantity" integer not null, "confirmed_quantity" integer null, "attributes" jsonb null, "inbound_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_inbound_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_line_inbound_id" ON "serial_inbound_line" ("inbound_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_line_deleted_at" ON "serial_inbound_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_inbound_line_inbound_id_inventory_item_id_unique" ON "serial_inbound_line" ("inbound_id", "inventory_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_inbound_serial" ("id" text not null, "serial" text not null, "normalized_serial" text not null, "expected" boolean not null default false, "scan_count" integer not null default 0, "scanned_at" timestamptz null, "inbound_id" text not null, "line_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_inbound_serial_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_serial_inbound_id" ON "serial_inbound_serial" ("inbound_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_serial_line_id" ON "serial_inbound_serial" ("line_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_serial_deleted_at" ON "serial_inbound_serial" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_inbound_serial_inbound_id_normalized_serial_unique" ON "serial_inbound_serial" ("inbound_id", "normalized_serial") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_inbound_serial_normalized_serial" ON "serial_inbound_serial" ("normalized_serial") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "serial_inbound_line" add constraint "serial_inbound_line_inbound_id_foreign" foreign key ("inbound_id") references "serial_inbound" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "serial_inbound_serial" add constraint "serial_inbound_serial_inbound_id_foreign" foreign key ("inbound_id") references "serial_inbound" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "serial_inbound_serial" add constraint "serial_inbound_serial_line_id_foreign" foreign key ("line_id") references "serial_inbound_line" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_inbound_line" drop constraint if exists "serial_inbound_line_inbound_id_foreign";`
    )

    this.addSql(
      `alter table if exists "serial_inbound_serial" drop constraint if exists "serial_inbound_serial_inbound_id_foreign";`
    )

    this.addSql(
      `alter table if exists "serial_inbound_serial" drop constraint if exists "serial_inbound_serial_line_id_foreign";`
    )

    this.addSql(`drop table if exists "serial_inbound" cascade;`)

    this.addSql(`drop table if exists "serial_inbound_line" cascade;`)

    this.addSql(`drop table if exists "serial_inbound_serial" cascade;`)
  }
}
