import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123122008 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_tracking_policy" drop constraint if exists "serial_tracking_policy_inventory_item_id_unique";`
    )
    this.addSql(
      `alter table if exists "serial_template" drop constraint if exists "serial_template_name_unique";`
    )
    this.addSql(
      `alter table if exists "serial_number" drop constraint if exists "serial_number_normalized_serial_unique";`
    )
    this.addSql(
      `create table if not exists "serial_number" ("id" text not null, "serial" text not null, "normalized_serial" text not null, "status" text check ("status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective')) not null default 'in_stock', "inventory_item_id" text not null, "stock_location_id" text null, "bin_code" text null, "lot" text null, "supplier_reference" text null, "receipt_reference" text null, "received_at" timestamptz null, "purchased_at" timestamptz null, "condition_grade" text null, "condition_notes" text null, "template_id" text null, "attributes" jsonb null, "warranty_starts_at" timestamptz null, "warranty_expires_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_number_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_deleted_at" ON "serial_number" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_number_normalized_serial_unique" ON "serial_number" ("normalized_serial") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_inventory_item_id_status" ON "serial_number" ("inventory_item_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_status" ON "serial_number" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_stock_location_id" ON "serial_number" ("stock_location_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_lot" ON "serial_number" ("lot") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_template_id" ON "serial_number" ("template_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_number_warranty_expires_at" ON "serial_number" ("warranty_expires_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_event" ("id" text not null, "type" text check ("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note')) not null, "from_status" text check ("from_status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective')) null, "to_status" text check ("to_status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective')) null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'system', "actor_id" text null, "stock_location_id" text null, "note" text null, "data" jsonb null, "references" jsonb null, "serial_number_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_event_serial_number_id" ON "serial_event" ("serial_number_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_event_deleted_at" ON "serial_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_event_serial_number_id_created_at" ON "serial_event" ("serial_number_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_event_type" ON "serial_event" ("type") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_template" ("id" text not null, "name" text not null, "description" text null, "attributes" jsonb null, "warranty_months" integer null, "condition_grades" jsonb null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_template_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_template_deleted_at" ON "serial_template" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_template_name_unique" ON "serial_template" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_tracking_policy" ("id" text not null, "inventory_item_id" text not null, "mode" text check ("mode" in ('none', 'outbound', 'full')) not null default 'full', "template_id" text null, "warranty_months" integer null, "allocation_strategy" text check ("allocation_strategy" in ('fifo', 'condition', 'location', 'manual')) not null default 'fifo', "generator_pattern" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_tracking_policy_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_tracking_policy_deleted_at" ON "serial_tracking_policy" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_tracking_policy_inventory_item_id_unique" ON "serial_tracking_policy" ("inventory_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_tracking_policy_template_id" ON "serial_tracking_policy" ("template_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_serial_number_id_foreign" foreign key ("serial_number_id") references "serial_number" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_serial_number_id_foreign";`
    )

    this.addSql(`drop table if exists "serial_number" cascade;`)

    this.addSql(`drop table if exists "serial_event" cascade;`)

    this.addSql(`drop table if exists "serial_template" cascade;`)

    this.addSql(`drop table if exists "serial_tracking_policy" cascade;`)
  }
}
