import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentSeries } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useCallback, useState } from "react"
import type { AdminSerialTemplate } from "../../../types/http"
import { TemplateCreateModal } from "../../components/templates/template-create-modal"
import { TemplateEditDrawer } from "../../components/templates/template-edit-drawer"
import { TemplateListTable } from "../../components/templates/template-list-table"

/** Serial templates: list, create (focus modal), edit (drawer), delete. */
const SerialTemplatesPage = () => {
  const [creating, setCreating] = useState(false)
  const [editingId, setEditingId] = useState<string | null>(null)
  const onEdit = useCallback(
    (template: AdminSerialTemplate) => setEditingId(template.id),
    []
  )
  const onCloseEdit = useCallback(() => setEditingId(null), [])

  return (
    <Container className="divide-y p-0">
      <TemplateListTable onCreate={() => setCreating(true)} onEdit={onEdit} />
      <TemplateCreateModal open={creating} onOpenChange={setCreating} />
      <TemplateEditDrawer templateId={editingId} onClose={onCloseEdit} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Serial templates",
  icon: DocumentSeries,
})

export default SerialTemplatesPage
