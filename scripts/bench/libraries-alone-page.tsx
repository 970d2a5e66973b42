// Bench only (chunk-contents): the libraries the project is built on, as the app imports them,
// each used once and nothing else. Built with the project's Vite config, so its gzip size is what
// those choices weigh before any of the app's own code.
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import * as z from 'zod/mini'
import { CartesianAxis, Surface } from 'recharts'

const point = z.object({ t: z.iso.datetime({ offset: true }), v: z.number() })

function Page() {
  const { data } = useQuery({
    queryKey: ['point'],
    queryFn: () => point.parse({ t: '2025-06-10T08:00:00Z', v: 1 }),
  })
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: 1000,
    getScrollElement: () => scroller.current,
    estimateSize: () => 20,
  })
  return (
    <div ref={scroller}>
      {data?.t} {rows.getVirtualItems().length}
      <Surface width={300} height={200}>
        <CartesianAxis width={300} height={20} ticks={[{ index: 0, value: 1, coordinate: 10 }]} />
      </Surface>
    </div>
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <Page />
    </QueryClientProvider>,
  )
