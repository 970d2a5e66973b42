import { useQuery } from '@tanstack/react-query'
import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { quotesQueries } from '../../src/feed/queries'
import { useDeferredQuery } from '../../src/hooks/use-deferred-query'
import { renderWithFeed, testRuntime } from '../render'

const runtime = testRuntime()
const options = () => quotesQueries.list(runtime.feedBaseUrl)

type Render = { urgent: boolean; deferred: boolean; deferredStatus: string }

function Readers({ log }: { log: Render[] }) {
  const urgent = useQuery(options())
  const deferred = useDeferredQuery(options())
  log.push({
    urgent: urgent.data !== undefined,
    deferred: deferred.data !== undefined,
    deferredStatus: deferred.status,
  })
  return <p>{deferred.data ? `${deferred.data.quotes.length} quotes` : 'loading'}</p>
}

describe('useDeferredQuery', () => {
  it('gives a new answer to the urgent reader first, then to the deferred one, whole', async () => {
    const log: Render[] = []
    renderWithFeed(<Readers log={log} />, { runtime })
    expect(await screen.findByText(/^\d+ quotes$/)).toBeInTheDocument()
    // A render where only the urgent reader has the quotes: the deferred one waited its turn.
    expect(log).toContainEqual({ urgent: true, deferred: false, deferredStatus: 'pending' })
    // Never new status with old data: without data the deferred reader is still pending.
    expect(log.filter((r) => !r.deferred).every((r) => r.deferredStatus === 'pending')).toBe(true)
    expect(log.at(-1)).toEqual({ urgent: true, deferred: true, deferredStatus: 'success' })
  })

  it('does not render its reader again for a refresh that brings the same answer', async () => {
    const log: Render[] = []
    const { queryClient } = renderWithFeed(<Readers log={log} />, { runtime })
    await screen.findByText(/^\d+ quotes$/)
    // Settled first: no fetch under way, and the renders its answer scheduled (React Query tells
    // its readers in a task of its own) are done; on a busy machine one could still be due here.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    await act(() => new Promise((done) => setTimeout(done, 0)))
    const before = log.length
    await act(() => queryClient.refetchQueries())
    // The urgent reader reads only data (tracked), so neither re-renders for fetch status alone.
    expect(log.slice(before)).toEqual([])
  })
})
