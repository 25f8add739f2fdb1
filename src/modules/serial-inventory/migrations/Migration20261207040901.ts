import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207040901 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_idempotency_key" drop constraint if exists "serial_idempotency_key_scope_key_unique";`
    )
    this.addSql(
      `create table if not exists "serial_idempotency_key" ("id" text not null, "key" text not null, "scope" text not null, "request_hash" text not null, "response_status" integer null, "response_body" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_idempotency_key_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_idempotency_key_deleted_at" ON "serial_idempotency_key" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_serial_idempotency_key_scope_key_unique" ON "serial_idempotency_key" ("scope", "key") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "serial_import" ("id" text not null, "status" text check ("status" in ('pending', 'validating', 'importing', 'completed', 'failed')) not null default 'pending', "filename" text null, "file_id" text null, "total" integer null, "validated" integer not null default 0, "processed" integer not null default 0, "created" integer not null default 0, "errors" jsonb null, "message" text null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'system', "actor_id" text null, "transaction_id" text null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "serial_import_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_import_deleted_at" ON "serial_import" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_serial_import_status" ON "serial_import" ("status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "serial_idempotency_key" cascade;`)

    this.addSql(`drop table if exists "serial_import" cascade;`)
  }
}
