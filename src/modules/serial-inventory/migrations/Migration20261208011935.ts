import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261208011935 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_recall_unit" drop constraint if exists "serial_recall_unit_recall_id_serial_number_id_unique";`
    )
    this.addSql(
      `create table if not exists "serial_recall" ("id" text not null, "name" text not null, "reason" text null, "status" text check ("status" in ('draft', 'applied', 'closed')) not null default 'draft', "selector" jsonb not null, "matched_count" integer not null default 0, "blocked_count" integer not null default 0, "shipped_count" integer not null default 0, "disposition" text check ("disposition" in ('release', 'defective')) null, "close_note" text null, "applied_at" timestamptz null, "closed_at" timestamptz null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'system', "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_recall_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_recall_deleted_at" ON "serial_recall" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_recall_status" ON "serial_recall" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_recall_unit" ("id" text not null, "serial_number_id" text not null, "status_before" text check ("status_before" in ('in_stock', 'reserved', 'sold', 'returned', 'defective', 'recalled')) not null, "blocked" boolean not null default false, "shipped" boolean not null default false, "released_allocation_id" text null, "released_allocation_stage" text null, "recall_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_recall_unit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_recall_unit_recall_id" ON "serial_recall_unit" ("recall_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_recall_unit_deleted_at" ON "serial_recall_unit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_recall_unit_recall_id_serial_number_id_unique" ON "serial_recall_unit" ("recall_id", "serial_number_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_recall_unit_serial_number_id" ON "serial_recall_unit" ("serial_number_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "serial_recall_unit" add constraint "serial_recall_unit_recall_id_foreign" foreign key ("recall_id") references "serial_recall" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "serial_number" drop constraint if exists "serial_number_status_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_from_status_check";`
    )
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_to_status_check";`
    )

    this.addSql(
      `alter table if exists "serial_number" add constraint "serial_number_status_check" check("status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective', 'recalled'));`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered', 'photo_added', 'photo_removed', 'adjusted', 'recalled', 'recall_released'));`
    )
    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_from_status_check" check("from_status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective', 'recalled'));`
    )
    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_to_status_check" check("to_status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective', 'recalled'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_recall_unit" drop constraint if exists "serial_recall_unit_recall_id_foreign";`
    )

    this.addSql(`drop table if exists "serial_recall" cascade;`)

    this.addSql(`drop table if exists "serial_recall_unit" cascade;`)

    this.addSql(
      `alter table if exists "serial_number" drop constraint if exists "serial_number_status_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_from_status_check";`
    )
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_to_status_check";`
    )

    this.addSql(
      `alter table if exists "serial_number" add constraint "serial_number_status_check" check("status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective'));`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered', 'photo_added', 'photo_removed', 'adjusted'));`
    )
    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_from_status_check" check("from_status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective'));`
    )
    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_to_status_check" check("to_status" in ('in_stock', 'reserved', 'sold', 'returned', 'defective'));`
    )
  }
}
