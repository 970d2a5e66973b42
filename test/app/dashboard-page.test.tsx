import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { holdAnimationFrames, nextFrame } from '../animation-frames'
import { DashboardPage } from '../../src/app/dashboard-page'
import { server } from '../../mocks/node'
import { ChromeContext, fullChrome } from '../../src/hooks/chrome-context'
import { renderWithFeed } from '../render'
import { quoteItems, visitInLondon } from '../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

describe('dashboard page', () => {
  it('shows the article in all three regions and where the talks stand', async () => {
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const timeline = await screen.findByRole('region', { name: 'Timeline' })
    expect(await within(timeline).findAllByText(/Lancaster House/)).not.toHaveLength(0)
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect(await within(quotes).findByText(/China’s not easy\./)).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Market reaction' })).toBeInTheDocument()
    // The snapshot is in the band across the top of the desk, once.
    const snapshot = await screen.findByRole('list', { name: 'Market snapshot' })
    expect(await within(snapshot).findByText('6,005.88')).toBeInTheDocument()
    expect(screen.getAllByRole('list', { name: 'Market snapshot' })).toHaveLength(1)
    // Once, in the header: the briefing strip under it does not say it again.
    const status = await screen.findByText(/Day 2 starts in 4[45] min \(10:00 London\)/)
    expect(status.closest('header')).not.toBeNull()
    expect(screen.getAllByText(/Day 2 starts in .*London/)).toHaveLength(1)
    expect(screen.getByRole('region', { name: 'Briefing' })).not.toHaveTextContent(/Day 2/)
    expect(screen.getByText('Demo data')).toBeInTheDocument()
  })

  it('under a slim header (?header=0) the briefing says where the talks stand', async () => {
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, header: false }}>
        <DashboardPage />
      </ChromeContext>,
      { now: articleMoment },
    )
    const briefing = await screen.findByRole('region', { name: 'Briefing' })
    expect(
      await within(briefing).findByText(/Day 2 starts in 4[45] min \(10:00 London\)/),
    ).toBeInTheDocument()
    expect(screen.getAllByText(/Day 2 starts in .*London/)).toHaveLength(1)
  })

  it('keeps the other regions when the quotes fail, and says what went wrong', async () => {
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse('oops', { status: 500 })))
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect(await within(quotes).findByRole('alert')).toHaveTextContent(/HTTP 500/)
    expect(within(quotes).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(await within(timeline).findAllByText(/Lancaster House/)).not.toHaveLength(0)
  })

  it('on a desk, keeps what is on the table under the timeline when the developments fail', async () => {
    server.use(
      http.get('*/demo-feed/developments.json', () => new HttpResponse('oops', { status: 500 })),
    )
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(await within(timeline).findByRole('alert')).toHaveTextContent(/HTTP 500/)
    expect(await within(timeline).findByText('On the table')).toBeInTheDocument()
  })

  it('on a desk, lays out the quote wall first and the timeline a frame later', async () => {
    holdAnimationFrames()
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect(await within(quotes).findByText(/China’s not easy\./)).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(
      within(timeline).getByRole('status', { name: 'Loading the timeline' }),
    ).toBeInTheDocument()
    expect(within(timeline).queryByText(/Lancaster House/)).not.toBeInTheDocument()
    await nextFrame()
    expect(await within(timeline).findAllByText(/Lancaster House/)).not.toHaveLength(0)
  })

  it('a topic chosen in the timeline is marked there first, the wall following a frame later', async () => {
    holdAnimationFrames()
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect(await within(quotes).findByText(/China’s not easy\./)).toBeInTheDocument()
    await nextFrame()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    await within(timeline).findAllByRole('list', { name: 'Topics' })
    const chip = within(timeline).getAllByRole('button', {
      name: 'Rare earths',
      pressed: false,
    })[0]!
    const count = () => within(quotes).getByText(/ of \d+ quotes?$/)
    const before = count().textContent
    fireEvent.click(chip)
    expect(chip).toHaveAttribute('aria-pressed', 'true')
    expect(count().textContent).toBe(before)
    await nextFrame()
    await waitFor(() => expect(count()).toHaveTextContent(/^3 of \d+ quotes$/))
  })

  it('a quote opened from the timeline under a session filter is never said to be hidden', async () => {
    holdAnimationFrames()
    visitInLondon('session=london-day-1')
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect(await within(quotes).findByText(/China’s not easy\./)).toBeInTheDocument()
    await nextFrame()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    const link = await waitFor(() => {
      const found = timeline.querySelector('a[href*="quote=hassett-high-end-nvidia"]')
      expect(found).not.toBeNull()
      return found!
    })
    fireEvent.click(link)
    const hiddenNote = () => within(quotes).queryByText(/linked quote is hidden/)
    expect(hiddenNote()).not.toBeInTheDocument()
    await nextFrame()
    await waitFor(() =>
      expect(quoteItems().map((item) => item.dataset.quoteId)).toContain('hassett-high-end-nvidia'),
    )
    expect(hiddenNote()).not.toBeInTheDocument()
  })
})
