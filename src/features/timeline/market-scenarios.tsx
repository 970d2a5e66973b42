import type { Scenario } from '../../feed/schemas/types'

/** The outcomes the source sees for the day, and what markets would likely make of each. */
export function MarketScenarios({ scenarios }: { scenarios: readonly Scenario[] }) {
  if (scenarios.length === 0) return <p className="text-sm text-muted">No scenarios in the feed.</p>
  return (
    <ul aria-label="Scenarios" className="grid gap-2 sm:grid-cols-2">
      {scenarios.map((scenario) => (
        <li key={scenario.id} className="rounded border border-line p-2 text-xs">
          <p className="text-sm font-semibold">{scenario.title}</p>
          <p>
            <span className="font-semibold text-muted">If </span>
            {scenario.condition}
          </p>
          <p>
            <span className="font-semibold text-muted">Then </span>
            {scenario.expectedReaction}
          </p>
        </li>
      ))}
    </ul>
  )
}
