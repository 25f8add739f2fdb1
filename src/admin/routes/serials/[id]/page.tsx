import type { UIMatch } from "react-router-dom"
import { useParams } from "react-router-dom"
import { UnitBreadcrumb } from "../../../components/serials/unit-breadcrumb"
import { UnitDetailsForm } from "../../../components/serials/unit-details-form"
import { UnitHeaderSection } from "../../../components/serials/unit-header-section"
import { UnitNotFound } from "../../../components/serials/unit-not-found"
import { UnitOrderSection } from "../../../components/serials/unit-order-section"
import { UnitPageSkeleton } from "../../../components/serials/unit-page-skeleton"
import { UnitSummarySection } from "../../../components/serials/unit-summary-section"
import { UnitTimelineSection } from "../../../components/serials/unit-timeline-section"
import { UnitPhotos } from "../../../components/unit-photos"
import { useSerialNumber } from "../../../hooks/serial-numbers"
import { useSerialTemplate } from "../../../hooks/serial-templates"
import { errorMessage } from "../../../lib/sdk"

/**
 * `/app/serials/:id`: one unit. Main column: header with the actions it
 * allows, its details form; side column: summary, order, timeline.
 */
const SerialUnitPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useSerialNumber(id)
  const unit = data?.serial_number
  const template = useSerialTemplate(unit?.template_id)

  if (isError) {
    if ((error as { status?: number }).status === 404) {
      return <UnitNotFound message={errorMessage(error)} />
    }
    throw error
  }
  if (isLoading || !unit || (unit.template_id && template.isLoading)) {
    return <UnitPageSkeleton />
  }

  return (
    <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <UnitHeaderSection unit={unit} />
        <UnitDetailsForm
          key={unit.id}
          unit={unit}
          template={template.data?.serial_template}
        />
        <UnitPhotos unitId={unit.id} />
      </div>
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <UnitSummarySection
          unit={unit}
          template={template.data?.serial_template}
        />
        <UnitOrderSection unitId={unit.id} events={unit.events} />
        <UnitTimelineSection
          events={unit.events}
          template={template.data?.serial_template}
        />
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <UnitBreadcrumb id={(match.params as { id?: string }).id ?? ""} />
  ),
}

export default SerialUnitPage
