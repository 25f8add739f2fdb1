import { Container, Skeleton } from "@medusajs/ui"

const Block = ({ rows }: { rows: number }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Skeleton className="h-6 w-32" />
    </div>
    {Array.from({ length: rows }, (_, i) => (
      <div key={i} className="grid grid-cols-2 gap-4 px-6 py-4">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-4 w-full" />
      </div>
    ))}
  </Container>
)

/** The unit page while it loads: the same two columns, grey. */
export const UnitPageSkeleton = () => (
  <div
    className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]"
    aria-busy
    aria-label="Loading unit"
  >
    <div className="flex w-full min-w-0 flex-col gap-y-3">
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-72" />
      </Container>
      <Block rows={6} />
    </div>
    <div className="flex w-full flex-col gap-y-3">
      <Block rows={4} />
      <Block rows={3} />
    </div>
  </div>
)
