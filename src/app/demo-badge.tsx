import { useQuery } from '@tanstack/react-query'
import { Badge } from '../components/badge'
import { indexQueries } from '../feed/queries'
import type { FeedIndex } from '../feed/schemas/types'
import { useRuntime } from '../hooks/runtime-context'
import { useFeed } from '../hooks/use-feed'

/**
 * "Demo data", with what it is in its tooltip: the built-in demo, or a feed that says so. `short`:
 * "Demo" on screen (a small frame's one line), "Demo data" for screen readers and in the tooltip.
 */
export function DemoBadge({ builtIn, short = false }: { builtIn: boolean; short?: boolean }) {
  const what = builtIn
    ? 'Built-in demonstration data from a news report of 10 June 2025; no live feed'
    : 'The feed marks its data as demonstration data ("demo": true)'
  return (
    <Badge tone="warn" title={short ? `Demo data: ${what}` : what}>
      {short ? (
        <>
          <span aria-hidden="true">Demo</span>
          <span className="sr-only">Demo data</span>
        </>
      ) : (
        'Demo data'
      )}
    </Badge>
  )
}

/** Demo data: the built-in demo, or any feed whose index says `"demo": true`, wherever it comes from. */
export function useDemo(): { demo: boolean; builtIn: boolean } {
  const runtime = useRuntime()
  const feed = useFeed()
  const index = useQuery({ ...indexQueries.detail(feed), select: selectDemo })
  return { demo: runtime.demo || index.data === true, builtIn: runtime.demo }
}

function selectDemo(index: FeedIndex): boolean {
  return index.demo === true
}
