import { screen, waitFor } from '@testing-library/react'
import { Profiler } from 'react'
import { describe, expect, it } from 'vitest'
import { QuoteWall } from '../../src/features/quotes/quote-wall'
import { TimelinePanel } from '../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../render'
import { visitInLondon } from '../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/**
 * The rows drawn by the commit that first puts the list in the page. A list that draws none there
 * draws them in a second, synchronous render inside the same task, which the page cannot split.
 */
function rowsAtFirstCommit(ui: React.ReactElement, listName: string) {
  let rows: number | null = null
  renderWithFeed(
    <Profiler
      id="list"
      onRender={() => {
        const list = document.querySelector(`[aria-label="${listName}"]`)
        if (rows === null && list) rows = list.querySelectorAll('li').length
      }}
    >
      {ui}
    </Profiler>,
    { now: articleMoment },
  )
  return () => rows
}

describe('virtualized lists', () => {
  it.each([
    ['timeline', <TimelinePanel key="t" />, 'Sessions, developments and quotes in time order'],
    ['quote wall', <QuoteWall key="q" />, 'Quotes'],
  ])('%s: the first commit of the list already holds the rows in view', async (_name, ui, list) => {
    visitInLondon()
    const rows = rowsAtFirstCommit(ui, list)
    await screen.findByRole('list', { name: list })
    await waitFor(() => expect(rows()).not.toBeNull())
    expect(rows()).toBeGreaterThan(3)
  })
})
