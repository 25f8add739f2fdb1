import {
  Button,
  DataTable,
  Heading,
  Text,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useRef, useState } from "react"
import type {
  AdminSerialTemplate,
  AdminSerialTemplateListResponse,
} from "../../../types/http"
import { useSerialTemplates } from "../../hooks/serial-templates"
import { errorMessage } from "../../lib/sdk"
import { useTemplateColumns } from "./template-columns"
import { useDeleteTemplate } from "./use-delete-template"

const PAGE_SIZE = 20

interface TemplateListTableProps {
  onCreate: () => void
  onEdit: (template: AdminSerialTemplate) => void
}

/**
 * The templates, newest first: search by name (`q`), pages of 20, a row
 * opens the edit drawer, the row menu edits or deletes.
 */
export const TemplateListTable = ({
  onCreate,
  onEdit,
}: TemplateListTableProps) => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { data, isPending, isError, error } = useSerialTemplates({
    q: search || undefined,
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
  })
  // The last page shown stays while the next search or page loads.
  const shown = useRef<AdminSerialTemplateListResponse | undefined>(undefined)
  if (data) shown.current = data

  const onDelete = useDeleteTemplate()
  const columns = useTemplateColumns({ onEdit, onDelete })

  const table = useDataTable({
    data: shown.current?.serial_templates ?? [],
    columns,
    getRowId: (t) => t.id,
    rowCount: shown.current?.count ?? 0,
    isLoading: isPending && !shown.current,
    onRowClick: (_, template) => onEdit(template),
    search: {
      state: search,
      onSearchChange: (q) => {
        setSearch(q)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        <div>
          <Heading>Serial templates</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Typed attributes, condition grades and warranty defaults for
            serialized units
          </Text>
        </div>
        <div className="flex w-full items-center gap-x-2 md:w-auto">
          <DataTable.Search placeholder="Search by name" />
          <Button size="small" variant="secondary" onClick={onCreate}>
            Create
          </Button>
        </div>
      </DataTable.Toolbar>
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 pb-4" role="alert">
          {errorMessage(error)}
        </Text>
      )}
      <DataTable.Table
        emptyState={{
          empty: {
            heading: "No serial templates",
            description:
              "Create one to give serialized units typed attributes, grades and a warranty.",
          },
          filtered: {
            heading: "No matching templates",
            description: "No template name contains that text.",
          },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
