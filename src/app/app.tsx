import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import type { Runtime } from '../hooks/runtime-context'
import { RuntimeContext } from '../hooks/runtime-context'
import { createQueryClient } from './query-client'
import { DashboardPage } from './dashboard-page'
import { FeedClock } from './feed-clock'

export function App({ runtime }: { runtime: Runtime }) {
  const [queryClient] = useState(() => createQueryClient(runtime.config.refreshSeconds))
  return (
    <RuntimeContext value={runtime}>
      <QueryClientProvider client={queryClient}>
        <FeedClock>
          <DashboardPage />
        </FeedClock>
      </QueryClientProvider>
    </RuntimeContext>
  )
}
