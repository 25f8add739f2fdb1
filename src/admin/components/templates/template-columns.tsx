import { PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Text, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import type { AdminSerialTemplate } from "../../../types/http"

const column = createDataTableColumnHelper<AdminSerialTemplate>()

const Muted = ({ children }: { children: string }) => (
  <Text size="small" leading="compact" className="text-ui-fg-muted">
    {children}
  </Text>
)

const GRADES_SHOWN = 4

/** The grades in order (best first), a few as badges and a count for the rest. */
const GradesCell = ({ grades }: { grades: string[] | null }) => {
  if (!grades?.length) return <Muted>-</Muted>
  const rest = grades.length - GRADES_SHOWN
  return (
    <div
      className="flex items-center gap-x-1 overflow-hidden"
      title={grades.join(" › ")}
    >
      {grades.slice(0, GRADES_SHOWN).map((grade) => (
        <Badge key={grade} size="2xsmall" className="shrink-0">
          {grade}
        </Badge>
      ))}
      {rest > 0 && <Muted>{`+${rest}`}</Muted>}
    </div>
  )
}

interface TemplateColumnActions {
  onEdit: (template: AdminSerialTemplate) => void
  onDelete: (template: AdminSerialTemplate) => void
}

/** The templates table's columns: what a template holds, then Edit / Delete. */
export function useTemplateColumns({
  onEdit,
  onDelete,
}: TemplateColumnActions) {
  return useMemo(
    () => [
      column.accessor("name", {
        header: "Name",
        cell: ({ getValue }) => <span className="truncate">{getValue()}</span>,
      }),
      column.accessor("description", {
        header: "Description",
        cell: ({ getValue }) => getValue() || <Muted>-</Muted>,
      }),
      column.accessor((t) => t.attributes?.length ?? 0, {
        id: "attributes",
        header: "Attributes",
        cell: ({ getValue }) => getValue(),
      }),
      column.accessor("warranty_months", {
        header: "Warranty",
        cell: ({ getValue }) => {
          const months = getValue()
          if (months == null) return <Muted>-</Muted>
          return months === 1 ? "1 month" : `${months} months`
        },
      }),
      column.accessor("condition_grades", {
        header: "Condition grades",
        cell: ({ getValue }) => <GradesCell grades={getValue()} />,
      }),
      column.action({
        actions: ({ row }) => [
          [
            {
              label: "Edit",
              icon: <PencilSquare />,
              onClick: () => onEdit(row.original),
            },
          ],
          [
            {
              label: "Delete",
              icon: <Trash />,
              onClick: () => onDelete(row.original),
            },
          ],
        ],
      }),
    ],
    [onEdit, onDelete]
  )
}
