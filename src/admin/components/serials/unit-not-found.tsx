import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** Shown instead of the unit page when the API has no unit with that id. */
export const UnitNotFound = ({ message }: { message: string }) => (
  <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
    <Heading>Unit not found</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {message}
    </Text>
    <Button size="small" variant="secondary" asChild>
      <Link to="/serials">Back to serial numbers</Link>
    </Button>
  </Container>
)
