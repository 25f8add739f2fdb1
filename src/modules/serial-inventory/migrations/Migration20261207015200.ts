import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207015200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_photo" drop constraint if exists "serial_photo_serial_number_id_file_id_unique";`
    )
    this.addSql(
      `create table if not exists "serial_photo" ("id" text not null, "file_id" text not null, "url" text not null, "note" text null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'system', "actor_id" text null, "serial_number_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_photo_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_photo_serial_number_id" ON "serial_photo" ("serial_number_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_photo_deleted_at" ON "serial_photo" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_photo_serial_number_id_file_id_unique" ON "serial_photo" ("serial_number_id", "file_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_photo_file_id" ON "serial_photo" ("file_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "serial_photo" add constraint "serial_photo_serial_number_id_foreign" foreign key ("serial_number_id") references "serial_number" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered', 'photo_added', 'photo_removed'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "serial_photo" cascade;`)

    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered'));`
    )
  }
}
