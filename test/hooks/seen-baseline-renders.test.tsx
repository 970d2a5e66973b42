import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { QuoteWall } from '../../src/features/quotes/quote-wall'
import { TimelinePanel } from '../../src/features/timeline/timeline-panel'
import { seenStorageKey } from '../../src/hooks/seen-store'
import { countRendersInEachTest } from '../render-counts'
import { testRuntime, renderWithFeed } from '../render'
import { visitInLondon } from '../page'
import { listTakenIn } from '../list-taken-in'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const timelineName = 'Sessions, developments and quotes in time order'
const baselineKey = () => seenStorageKey(testRuntime().feedBaseUrl)
const baselined = () =>
  (JSON.parse(window.localStorage.getItem(baselineKey()) ?? '{}') as { baselined?: string[] })
    .baselined ?? []

countRendersInEachTest()

/**
 * Renders both panels until their lists are drawn and taken in (the page idle after their first
 * paint), as long on a return visit as on a first; their render counts.
 */
async function visit() {
  window.__ttmRenders = {}
  const { queryClient, unmount } = renderWithFeed(
    <>
      <TimelinePanel />
      <QuoteWall />
    </>,
    { now: articleMoment },
  )
  const timeline = await screen.findByRole('list', { name: timelineName })
  const quotes = await screen.findByRole('list', { name: 'Quotes' })
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0)
    expect(within(timeline).getAllByRole('listitem').length).toBeGreaterThan(3)
    expect(within(quotes).getAllByRole('listitem').length).toBeGreaterThan(3)
  })
  await listTakenIn()
  await waitFor(() => expect(baselined()).toEqual(expect.arrayContaining(['quote', 'development'])))
  const counts = { ...window.__ttmRenders }
  unmount()
  return counts
}

describe('new-item marks on a first visit', () => {
  it('take their baseline without rendering the panels again: a first visit renders as often as a return visit', async () => {
    visitInLondon()
    expect(baselined()).toEqual([])
    // The first visit takes the baseline (nothing is new on it); the second finds it and writes nothing.
    const first = await visit()
    const again = await visit()
    expect(first.timeline).toBeGreaterThan(0)
    expect(first.quotes).toBeGreaterThan(0)
    expect(first.timeline).toBe(again.timeline)
    expect(first.quotes).toBe(again.quotes)
  })
})
