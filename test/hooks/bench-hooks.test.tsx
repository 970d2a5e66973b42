import { useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { installBenchHooks, useBenchRenderCount } from '../../src/hooks/bench-hooks'
import { quotesQueries } from '../../src/feed/queries'
import { renderWithFeed, testRuntime } from '../render'

const runtime = testRuntime()

function QuotesCount() {
  useBenchRenderCount('quotes')
  const { data } = useQuery(quotesQueries.list(runtime.feedBaseUrl))
  return <p>{data ? `${data.quotes.length} quotes` : 'loading'}</p>
}

describe('bench hooks', () => {
  afterEach(() => {
    delete window.__ttmRefresh
    delete window.__ttmRenders
  })

  it('are installed only with ?bench', () => {
    const { queryClient } = renderWithFeed(<p>page</p>, { runtime })
    expect(installBenchHooks(queryClient, '?view=quotes')).toBe(false)
    expect(window.__ttmRefresh).toBeUndefined()
    expect(installBenchHooks(queryClient, '?bench')).toBe(true)
    expect(typeof window.__ttmRefresh).toBe('function')
  })

  it('a refresh that brings nothing new does not re-render the panel', async () => {
    const { queryClient } = renderWithFeed(<QuotesCount />, { runtime })
    installBenchHooks(queryClient, '?bench')
    expect(await screen.findByText('12 quotes')).toBeInTheDocument()
    const before = window.__ttmRenders?.quotes ?? 0
    for (let i = 0; i < 5; i += 1) await act(() => window.__ttmRefresh?.())
    expect(window.__ttmRenders?.quotes ?? 0).toBe(before)
  })
})
