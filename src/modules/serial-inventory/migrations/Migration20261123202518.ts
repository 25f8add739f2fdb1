import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123202518 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "serial_allocation" ("id" text not null, "inventory_item_id" text not null, "order_id" text not null, "line_item_id" text not null, "fulfillment_id" text null, "return_id" text null, "stock_location_id" text null, "stage" text check ("stage" in ('allocated', 'picked', 'shipped', 'delivered', 'returned', 'released')) not null default 'allocated', "allocated_at" timestamptz not null, "picked_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "returned_at" timestamptz null, "released_at" timestamptz null, "metadata" jsonb null, "serial_number_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_allocation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_allocation_serial_number_id" ON "serial_allocation" ("serial_number_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_allocation_deleted_at" ON "serial_allocation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_allocation_open_unit" ON "serial_allocation" ("serial_number_id") WHERE stage NOT IN ('returned', 'released') AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_allocation_order_id" ON "serial_allocation" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_allocation_line_item_id_stage" ON "serial_allocation" ("line_item_id", "stage") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_allocation_fulfillment_id" ON "serial_allocation" ("fulfillment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_allocation_return_id" ON "serial_allocation" ("return_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "serial_allocation" add constraint "serial_allocation_serial_number_id_foreign" foreign key ("serial_number_id") references "serial_number" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" add column if not exists "order_id" text null, add column if not exists "line_item_id" text null, add column if not exists "fulfillment_id" text null, add column if not exists "return_id" text null;`
    )
    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered'));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_event_order_id" ON "serial_event" ("order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "serial_allocation" cascade;`)

    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )

    this.addSql(`drop index if exists "IDX_serial_event_order_id";`)
    this.addSql(
      `alter table if exists "serial_event" drop column if exists "order_id", drop column if exists "line_item_id", drop column if exists "fulfillment_id", drop column if exists "return_id";`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note'));`
    )
  }
}
