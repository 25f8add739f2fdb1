import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Makes `serial_event` append-only in the database itself: UPDATE is always
 * refused; DELETE only inside a transaction that set
 * `serial_inventory.purge_created_units = on` (the compensation of a create
 * that is being rolled back; see `purgeCreatedSerialNumbers`).
 */
export class Migration20261123122100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function serial_event_append_only() returns trigger as $$
      begin
        if tg_op = 'DELETE'
           and coalesce(current_setting('serial_inventory.purge_created_units', true), '') = 'on' then
          return old;
        end if;
        raise exception 'serial_event is append-only (% refused)', tg_op
          using errcode = 'P0001';
      end;
      $$ language plpgsql;`)
    this.addSql(
      `drop trigger if exists serial_event_append_only on "serial_event";`
    )
    this.addSql(`
      create trigger serial_event_append_only
      before update or delete on "serial_event"
      for each row execute function serial_event_append_only();`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop trigger if exists serial_event_append_only on "serial_event";`
    )
    this.addSql(`drop function if exists serial_event_append_only();`)
  }
}
