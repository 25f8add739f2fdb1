import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { SetTrace } from "../../components/traceability/set-trace"
import { TraceSearchForm } from "../../components/traceability/trace-search-form"
import { UnitTrace } from "../../components/traceability/unit-trace"
import { readTraceSearch } from "../../lib/traceability-search"

/**
 * `/app/traceability`: trace one unit by serial (its whole chain as a
 * timeline), or a lot, supplier or receipt reference or attribute value
 * (units per status, the orders and customers that received them). The
 * search lives in the URL, so a trace can be shared; the unit page links
 * here with `?unit=<id>`.
 */
const TraceabilityPage = () => {
  const [params, setParams] = useSearchParams()
  const search = readTraceSearch(params)
  const kind =
    search.mode === "set"
      ? search.kind
      : search.mode === "none"
        ? ((params.get("by") as any) ?? "serial")
        : "serial"
  const value =
    search.mode === "serial"
      ? search.serial
      : search.mode === "set"
        ? search.value
        : ""
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>Traceability</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Where a unit came from and where it went, or who received units of a
            lot, supplier, receipt or attribute value.
          </Text>
        </div>
        <TraceSearchForm
          key={`${kind}:${value}`}
          initialKind={kind}
          initialValue={value}
          onSearch={(by, q) => setParams({ by, q })}
        />
      </Container>
      {search.mode === "unit" && <UnitTrace unitId={search.unitId} />}
      {search.mode === "serial" && <UnitTrace serial={search.serial} />}
      {search.mode === "set" && (
        <SetTrace
          kind={search.kind}
          value={search.value}
          offset={search.offset}
          onPage={(offset) =>
            setParams({
              by: search.kind,
              q: search.value,
              offset: String(offset),
            })
          }
        />
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Traceability",
  icon: MagnifyingGlass,
})

export const handle = { breadcrumb: () => "Traceability" }

export default TraceabilityPage
