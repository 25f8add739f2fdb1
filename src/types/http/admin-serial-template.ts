import type { SerialTemplateDTO } from "../serial-records"

/** A template as the admin API returns it. */
export type AdminSerialTemplate = SerialTemplateDTO

/** `GET`, `POST /admin/serial-templates/:id` and `POST /admin/serial-templates` (201). */
export interface AdminSerialTemplateResponse {
  serial_template: AdminSerialTemplate
}

/** `GET /admin/serial-templates`. */
export interface AdminSerialTemplateListResponse {
  serial_templates: AdminSerialTemplate[]
  count: number
  offset: number
  limit: number
}

/** `DELETE /admin/serial-templates/:id`. */
export interface AdminSerialTemplateDeleteResponse {
  id: string
  object: "serial_template"
  deleted: true
}
