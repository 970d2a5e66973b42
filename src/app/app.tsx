import { QueryClientProvider, useIsRestoring, type QueryClient } from '@tanstack/react-query'
import {
  PersistQueryClientProvider,
  persistQueryClientSave,
} from '@tanstack/react-query-persist-client'
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
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

/** The page's query client; a wall screen keeps polling even when the browser thinks it is hidden. */
export function createAppQueryClient(runtime: Runtime, options: ViewOptions) {
  const client = createQueryClient(runtime.config.refreshSeconds, { inBackground: options.kiosk })
  installBenchHooks(client)
  return client
}

export function App({
  runtime,
  options = noOptions,
  client,
}: {
  runtime: Runtime
  options?: ViewOptions
  /** One made before the render (boot.tsx, which has already asked it for the feed). */
  client?: QueryClient
}) {
  const [queryClient] = useState(() => client ?? createAppQueryClient(runtime, options))
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
  const bridge = useRef<(() => void) | null>(null)
  const endBridge = useCallback(() => {
    bridge.current?.()
    bridge.current = null
  }, [])
  if (!persistOptions) return <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return (
    <PersistQueryClientProvider
      client={client}
      persistOptions={persistOptions}
      onSuccess={() => {
        noteRestoredQueries(client, persistOptions.persister)
        // Answers that came before the cache was read (prefetch-feed.ts) are saved now. The
        // provider saves on changes only once it has rendered again; an answer that comes until
        // then is saved here.
        const save = () => void persistQueryClientSave({ queryClient: client, ...persistOptions })
        save()
        bridge.current = client.getQueryCache().subscribe(save)
      }}
    >
      <EndOfRestore onEnd={endBridge} />
      {children}
    </PersistQueryClientProvider>
  )
}

/** Calls `onEnd` when the restore is over, in the effects just before the provider's own. */
function EndOfRestore({ onEnd }: { onEnd: () => void }) {
  const restoring = useIsRestoring()
  useEffect(() => {
    if (!restoring) onEnd()
  }, [restoring, onEnd])
  return null
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
