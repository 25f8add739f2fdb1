import { useSerialNumber } from "../../hooks/serial-numbers"

/** The unit page's breadcrumb: its serial once loaded (shares the page's query). */
export const UnitBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useSerialNumber(id)
  return <span>{data?.serial_number.serial ?? id}</span>
}
