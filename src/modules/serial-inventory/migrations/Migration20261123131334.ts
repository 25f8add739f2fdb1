import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123131334 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_tracking_policy" alter column "mode" type text using ("mode"::text);`
    )
    this.addSql(
      `alter table if exists "serial_tracking_policy" alter column "mode" set default 'none';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_tracking_policy" alter column "mode" type text using ("mode"::text);`
    )
    this.addSql(
      `alter table if exists "serial_tracking_policy" alter column "mode" set default 'full';`
    )
  }
}
