import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import { useState, type ReactNode } from 'react'
import type { Runtime } from '../hooks/runtime-context'
import { RuntimeContext } from '../hooks/runtime-context'
import { useChrome } from '../hooks/chrome-context'
import { createQueryClient } from './query-client'
import { feedCacheOptions, noteRestoredQueries } from '../feed/feed-cache'
import { installBenchHooks } from '../hooks/bench-hooks'
import { AlertToasts } from '../features/alerts/alert-toasts'
import { alertSigma } from './alert-sigma'
import { DashboardPage } from './dashboard-page'
import { SinglePanelPage } from './single-panel-page'
import { FeedClock } from './feed-clock'
import { ChromeFromUrl } from './chrome-from-url'
import { useHeightReporting } from './use-height-reporting'
import { useKioskRotation } from './use-kiosk-rotation'
import type { ViewOptions } from './view-options'

const noOptions: ViewOptions = {
  parentOrigin: null,
  refreshSeconds: null,
  rotateSeconds: null,
  kiosk: false,
}

export function App({ runtime, options = noOptions }: { runtime: Runtime; options?: ViewOptions }) {
  const [queryClient] = useState(() => {
    // A wall screen keeps polling even when the browser thinks the page is in the background.
    const client = createQueryClient(runtime.config.refreshSeconds, { inBackground: options.kiosk })
    installBenchHooks(client)
    return client
  })
  return (
    <RuntimeContext value={runtime}>
      <QueryProvider client={queryClient} runtime={runtime}>
        <FeedClock>
          <ChromeFromUrl>
            <Page options={options} />
          </ChromeFromUrl>
        </FeedClock>
      </QueryProvider>
    </RuntimeContext>
  )
}

/** A real feed's last answers are kept in the browser and shown at once on the next visit. */
function QueryProvider({
  client,
  runtime,
  children,
}: {
  client: QueryClient
  runtime: Runtime
  children: ReactNode
}) {
  const [persistOptions] = useState(() =>
    runtime.demo ? null : feedCacheOptions(runtime.feedBaseUrl),
  )
  if (!persistOptions) return <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return (
    <PersistQueryClientProvider
      client={client}
      persistOptions={persistOptions}
      onSuccess={() => noteRestoredQueries(client)}
    >
      {children}
    </PersistQueryClientProvider>
  )
}

function Page({ options }: { options: ViewOptions }) {
  const { view, kiosk } = useChrome()
  useHeightReporting(options.parentOrigin, view)
  useKioskRotation(options.rotateSeconds, view)
  if (view !== 'dashboard') return <SinglePanelPage view={view} />
  return (
    <>
      <DashboardPage />
      {!kiosk && <AlertToasts measureSigma={alertSigma} />}
    </>
  )
}
