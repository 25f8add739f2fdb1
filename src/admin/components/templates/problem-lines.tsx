/**
 * An API message that lists problems after a colon, `; `-separated (the
 * in-use refusal of a delete), as a lead line and a bullet per problem.
 */
export const ProblemLines = ({ message }: { message: string }) => {
  const at = message.indexOf(": ")
  if (at < 0 || !message.includes("; ")) return <>{message}</>
  const problems = message.slice(at + 2).split("; ")
  return (
    <div className="flex flex-col gap-y-1">
      <span>{message.slice(0, at + 1)}</span>
      <ul className="list-disc pl-4 [overflow-wrap:anywhere]">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  )
}
