import { SERIAL_NUMBER_COLUMNS } from "../../../modules/serial-inventory/sql/serial-number-columns"

/**
 * Which fields `GET /admin/serial-numbers`, `GET /admin/serial-numbers/:id`
 * and `GET /admin/serial-numbers/lookup` return, and which a client may ask
 * for with `fields` (Medusa's semantics: `+f` adds to the defaults, `-f`
 * removes, a plain list replaces them; `id` is always returned).
 */

/** The unit's own columns a client may ask for: the model's, plus its timestamps. */
export const SERIAL_NUMBER_QUERY_COLUMNS = [
  ...Object.keys(SERIAL_NUMBER_COLUMNS),
  "created_at",
  "updated_at",
]

/**
 * Fields the routes compute rather than read, with the columns each needs.
 * The routes read those columns even when the client did not ask for them,
 * and leave them out of the response in that case.
 */
export const SERIAL_NUMBER_COMPUTED_FIELDS: Record<string, string[]> = {
  /** `active` / `expired` / `none`, from `warranty_expires_at`. */
  warranty_status: ["warranty_expires_at"],
  /** The actions the transition table allows from `status`. */
  allowed_actions: ["status"],
  /** The unit's timeline, oldest first (detail routes only). */
  events: [],
  /** The unit's live photos, oldest first (detail routes only, on request: `+photos`). */
  photos: [],
}

/** Fields of the related records, reached through the module's read-only links. */
const INVENTORY_ITEM_FIELDS = [
  "id",
  "sku",
  "title",
  "description",
  "thumbnail",
  "origin_country",
  "hs_code",
  "mid_code",
  "material",
  "weight",
  "length",
  "height",
  "width",
  "requires_shipping",
  "metadata",
  "created_at",
  "updated_at",
]
const VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "ean",
  "upc",
  "product_id",
  "manage_inventory",
  "allow_backorder",
  "variant_rank",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
]
const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
]
const STOCK_LOCATION_FIELDS = [
  "id",
  "name",
  "metadata",
  "created_at",
  "updated_at",
]
const ADDRESS_FIELDS = [
  "id",
  "address_1",
  "address_2",
  "company",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
]

/** `relation` itself (for `*relation` / `relation.*`) and `relation.<field>` for each field. */
const under = (relation: string, fields: string[]) => [
  relation,
  ...fields.map((f) => `${relation}.${f}`),
]

const RELATED_FIELDS = [
  ...under("inventory_item", INVENTORY_ITEM_FIELDS),
  ...under("inventory_item.variants", VARIANT_FIELDS),
  ...under("inventory_item.variants.product", PRODUCT_FIELDS),
  ...under("stock_location", STOCK_LOCATION_FIELDS),
  ...under("stock_location.address", ADDRESS_FIELDS),
]

/**
 * Default fields of a unit: its own columns (not `normalized_serial`, an
 * internal key), `warranty_status`, its inventory item (`id`, `sku`, `title`)
 * with the variants that stock it (`id`, `title`, `sku`) and their product
 * (`id`, `title`), and its stock location (`id`, `name`).
 */
export const defaultAdminSerialNumberFields = [
  ...SERIAL_NUMBER_QUERY_COLUMNS.filter((f) => f !== "normalized_serial"),
  "warranty_status",
  "inventory_item.id",
  "inventory_item.sku",
  "inventory_item.title",
  "inventory_item.variants.id",
  "inventory_item.variants.title",
  "inventory_item.variants.sku",
  "inventory_item.variants.product.id",
  "inventory_item.variants.product.title",
  "stock_location.id",
  "stock_location.name",
]

/** One unit: the defaults plus the actions it allows and its timeline. */
export const retrieveAdminSerialNumberQueryConfig = {
  defaults: [...defaultAdminSerialNumberFields, "allowed_actions", "events"],
  allowed: [
    ...SERIAL_NUMBER_QUERY_COLUMNS,
    ...Object.keys(SERIAL_NUMBER_COMPUTED_FIELDS),
    ...RELATED_FIELDS,
  ],
  isList: false,
}

/**
 * The list: the defaults, 20 a page. `allowed_actions` may be asked for;
 * `events` and `photos` may not (a unit's timeline and photos are the
 * detail route's job).
 */
export const listAdminSerialNumberQueryConfig = {
  defaults: defaultAdminSerialNumberFields,
  allowed: retrieveAdminSerialNumberQueryConfig.allowed.filter(
    (f) => f !== "events" && f !== "photos"
  ),
  defaultLimit: 20,
  isList: true,
}
