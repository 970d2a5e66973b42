import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { FeedCheckSection } from '../../../src/features/header/feed-check-section'
import { server } from '../../../mocks/node'
import markets from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'

async function runCheck() {
  const user = userEvent.setup()
  renderWithFeed(<FeedCheckSection />)
  await user.click(screen.getByRole('button', { name: 'Check the feed' }))
  await screen.findByRole('button', { name: 'Check again' })
  return screen.getByRole('status')
}

describe('Check the feed (About this feed)', () => {
  it('finds nothing wrong in the demo feed, and says how many files it read', async () => {
    expect(await runCheck()).toHaveTextContent('No problems: 12 files checked.')
    expect(screen.queryByRole('list', { name: 'What the check found' })).not.toBeInTheDocument()
  })

  it('lists what feed:check finds, with the file and JSON path, warnings marked', async () => {
    // Test data: a last figure its series does not end at, and an as-of time after the feed was written.
    const instruments = markets.instruments.map((i) =>
      i.id === 'spx'
        ? { ...i, last: 9999 }
        : i.id === 'brent'
          ? { ...i, asOf: '2025-06-11T09:00:00+01:00' }
          : i,
    )
    server.use(http.get('*/demo-feed/markets.json', () => HttpResponse.json({ instruments })))
    expect(await runCheck()).toHaveTextContent('1 problem and 1 warning in 1 of 12 files.')
    const found = within(screen.getByRole('list', { name: 'What the check found' }))
    const lines = found.getAllByRole('listitem').map((li) => li.textContent)
    expect(lines).toEqual([
      'markets.json $.instruments[0].last last 9999 disagrees with the last point of series/spx.json (6005.88 at 2025-06-09T20:00:00Z) (expected the same figure: the panel would show both)',
      'markets.json $.instruments[4].asOf warning: 2025-06-11T09:00:00+01:00 is after the feed was generated (generatedAt 2025-06-10T09:15:00+01:00) (expected a time that has passed: is its UTC offset right, or is generatedAt in index.json out of date?)',
    ])
  })

  it('names a document the feed does not serve, and checks the rest', async () => {
    server.use(http.get('*/demo-feed/issues.json', () => new HttpResponse('gone', { status: 500 })))
    expect(await runCheck()).toHaveTextContent('1 problem in 1 of 12 files.')
    expect(screen.getByRole('list', { name: 'What the check found' })).toHaveTextContent(
      'issues.json $ the feed answered HTTP 500',
    )
  })
})
