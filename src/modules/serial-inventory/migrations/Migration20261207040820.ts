import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207040820 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered', 'photo_added', 'photo_removed', 'adjusted'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "serial_event" drop constraint if exists "serial_event_type_check";`
    )

    this.addSql(
      `alter table if exists "serial_event" add constraint "serial_event_type_check" check("type" in ('received', 'reserved', 'released', 'sold', 'returned', 'restocked', 'marked_defective', 'moved', 'condition_changed', 'attributes_changed', 'updated', 'reverted', 'note', 'allocated', 'picked', 'shipped', 'delivered', 'photo_added', 'photo_removed'));`
    )
  }
}
