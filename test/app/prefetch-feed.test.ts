import { QueryClient } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { prefetchDashboard } from '../../src/app/prefetch-feed'
import { createFirstAnswersGate } from '../../src/app/first-answers-gate'
import { marketsQueries, quotesQueries } from '../../src/feed/queries'

const base = 'http://localhost/demo-feed/'
const seriesAskedFor = (client: QueryClient) =>
  client.getQueryCache().findAll({ queryKey: ['feed', base, 'series'] }).length

describe('prefetchDashboard', () => {
  it('stores the answers that come before the first render starts as they come', async () => {
    const client = new QueryClient()
    await prefetchDashboard(client, base, createFirstAnswersGate())
    expect(client.getQueryData(quotesQueries.list(base).queryKey)?.quotes.length).toBeGreaterThan(0)
  })

  it('asks for the series at once, and stores answers that come during the first render once it is committed', async () => {
    const client = new QueryClient()
    const gate = createFirstAnswersGate()
    const answered = prefetchDashboard(client, base, gate)
    gate.rendering()
    // The series are asked for once markets.json has answered...
    await waitFor(() => expect(seriesAskedFor(client)).toBe(6))
    // ...but its answer is not in the cache, where it would interrupt the first render.
    expect(client.getQueryData(marketsQueries.list(base).queryKey)).toBeUndefined()
    expect(client.getQueryData(quotesQueries.list(base).queryKey)).toBeUndefined()
    gate.committed()
    await answered
    expect(client.getQueryData(marketsQueries.list(base).queryKey)?.instruments.length).toBe(6)
    expect(client.getQueryData(quotesQueries.list(base).queryKey)?.quotes.length).toBeGreaterThan(0)
  })
})

describe('createFirstAnswersGate', () => {
  it('gives answers that came during the first render out once it is committed, one per task, in the order they came', async () => {
    const gate = createFirstAnswersGate()
    gate.rendering()
    const given: string[] = []
    const first = gate.hold(Promise.resolve('sessions')).then((v) => given.push(v))
    const second = gate.hold(Promise.resolve('quotes')).then((v) => given.push(v))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(given).toEqual([])
    gate.committed()
    await first
    expect(given).toEqual(['sessions'])
    await second
    expect(given).toEqual(['sessions', 'quotes'])
  })

  it('holds a failure that comes during the first render like an answer', async () => {
    const gate = createFirstAnswersGate()
    gate.rendering()
    let failed = false
    const failure = gate.hold(Promise.reject(new Error('HTTP 500'))).catch(() => (failed = true))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(failed).toBe(false)
    gate.committed()
    await failure
    expect(failed).toBe(true)
  })
})
