import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label and its value in a detail section, as Medusa's detail pages lay them out. */
export const SectionRow = ({
  label,
  children,
}: {
  label: string
  children?: ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-4 px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small min-w-0 break-words">
      {children === null || children === undefined || children === ""
        ? "-"
        : children}
    </div>
  </div>
)
