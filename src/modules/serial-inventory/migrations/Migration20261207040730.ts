import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207040730 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_sequence" drop constraint if exists "serial_sequence_key_unique";`
    )
    this.addSql(
      `create table if not exists "serial_sequence" ("id" text not null, "key" text not null, "last_value" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_sequence_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_sequence_deleted_at" ON "serial_sequence" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_sequence_key_unique" ON "serial_sequence" ("key") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "serial_sequence" cascade;`)
  }
}
