import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const note =
  /^Not yet traded in New York at Day 1 \(session\): .* next open, Mon 9 Jun, 09:30 EDT\.$/
const reaction = /up 0\.65% in the hour after Day 1 \(session\) \(from the next open in New York\)/

async function spxWords() {
  const card = await screen.findByRole('article', { name: 'S&P 500' })
  const summary = await within(card).findByText(reaction)
  return { summary, note: within(card).getByText(note) }
}

// Day 1 began at 13:00 London, New York still closed. In an iframe of 480x360 the chart alone
// scrolled: its note repeated on two lines what the summary says ("from the next open").
describe('the closed-at-event note', () => {
  it('on the chart alone is said once, in the summary (its words in the tooltip); the dashboard keeps its line', async () => {
    visit('/?tz=UTC&session=london-day-1')
    const { unmount } = renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const onDashboard = await spxWords()
    expect(onDashboard.summary).not.toHaveAttribute('title')
    expect(onDashboard.summary).not.toContainElement(onDashboard.note)
    unmount()

    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, view: 'markets', instrument: 'spx' }}>
        <MarketsPanel />
      </ChromeContext>,
      { now: articleMoment },
    )
    const alone = await spxWords()
    expect(alone.summary).toHaveAttribute('title', expect.stringMatching(note))
    expect(alone.summary).toContainElement(alone.note)
  })
})
