import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import developmentsDoc from '../../../mocks/fixtures/developments.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const listName = 'Sessions, developments and quotes in time order'
const count = 3000

/** The demo feed with 3,000 developments (one a minute, before the talks), all in one flat list. */
function serveManyDevelopments() {
  const template = developmentsDoc.developments[0]!
  const start = Date.parse('2025-06-01T00:00:00Z')
  const developments = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `many-${i}`,
    title: `Generated development ${i + 1}`,
    at: new Date(start + i * 60_000).toISOString(),
    atPrecision: 'exact',
    figures: [],
  }))
  server.use(http.get('*/demo-feed/developments.json', () => HttpResponse.json({ developments })))
}

/** Also a quote said on 1 Jun, among the developments, a thousand entries before now. */
function serveQuoteFarFromNow() {
  const farQuote = {
    ...quotesDoc.quotes[0]!,
    id: 'far-quote',
    text: 'a test quote far from now',
    saidAt: '2025-06-01T16:40:00Z',
    sessionId: null,
  }
  server.use(
    http.get('*/demo-feed/quotes.json', () =>
      HttpResponse.json({ quotes: [...quotesDoc.quotes, farQuote] }),
    ),
  )
}

async function timelineList() {
  const region = await screen.findByRole('region', { name: 'Timeline' })
  return within(region).findByRole('list', { name: listName })
}

const focusedEntryText = () =>
  (document.activeElement as HTMLElement | null)?.closest('[data-roving-id]')?.textContent ?? ''

describe('timeline: a long feed', () => {
  it('keeps only the entries near the view in the document, and reaches the first and last by keyboard', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    serveManyDevelopments()
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const items = () =>
      within(list)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement === list)
    await waitFor(() =>
      expect(Number(items()[0]!.getAttribute('aria-setsize'))).toBeGreaterThan(count),
    )
    expect(items().length).toBeGreaterThan(5)
    expect(items().length).toBeLessThan(60)
    // Opened at now: the latest entries are in, those far before are not.
    expect(list.querySelector('[data-now-line]')).not.toBeNull()
    expect(within(list).queryByText('Generated development 1500')).toBeNull()

    // Into the list's one Tab stop, then to its first and last entries.
    while (!list.contains(document.activeElement)) await user.tab()
    await user.keyboard('{Home}')
    await waitFor(() => expect(focusedEntryText()).toContain('Generated development 1'))
    expect(items().length).toBeLessThan(60)
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(focusedEntryText()).toContain('Generated development 2'))
    await user.keyboard('{End}')
    const lastEntryId = () =>
      [...list.querySelectorAll<HTMLElement>('[data-roving-id]')].at(-1)?.dataset.rovingId
    await waitFor(() =>
      expect(
        document.activeElement?.closest<HTMLElement>('[data-roving-id]')?.dataset.rovingId,
      ).toBe(lastEntryId()),
    )
    expect(within(list).queryByText('Generated development 1')).toBeNull()
    expect(items().length).toBeLessThan(60)
  })

  it('opened on a development far from now (?development=), shows it, selected, with the Tab stop on it', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London&development=many-1500')
    serveManyDevelopments()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    await waitFor(() =>
      expect(list.querySelector('[data-roving-id="development:many-1500"]')).not.toBeNull(),
    )
    const entry = list.querySelector<HTMLElement>('[data-roving-id="development:many-1500"]')!
    expect(entry).toHaveTextContent('Generated development 1501')
    const head = entry.querySelector('[data-roving-head]')
    expect(head).toHaveAttribute('aria-pressed', 'true')
    expect(head).toHaveAttribute('tabindex', '0')
    // Its neighbours are in view with it.
    expect(within(list).getByText('Generated development 1500')).toBeInTheDocument()
    expect(list.querySelector('[data-now-line]')).toBeNull()
    expect(
      within(list)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement === list).length,
    ).toBeLessThan(60)
  })

  it('opened on a quote far from now (?quote=), shows its marker, selected, with the Tab stop on it', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London&quote=far-quote')
    serveManyDevelopments()
    serveQuoteFarFromNow()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const marker = () => list.querySelector<HTMLElement>('[data-roving-id="quotes:far-quote"]')
    await waitFor(() => expect(marker()).not.toBeNull())
    expect(marker()!.querySelector('[aria-current="true"]')).toHaveTextContent(
      'a test quote far from now',
    )
    expect(marker()!.querySelector('[tabindex="0"]')).not.toBeNull()
    expect(list.querySelector('[data-now-line]')).toBeNull()
  })

  it('scrolls to a quote selected after opening, as to a session or development', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    serveManyDevelopments()
    serveQuoteFarFromNow()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const scroller = list.parentElement!
    await waitFor(() => expect(list.querySelector('[data-now-line]')).not.toBeNull())
    // Opened at now, some 2,000 entries after the quote.
    await waitFor(() => expect(scroller.scrollTop).toBeGreaterThan(100_000))
    const atNow = scroller.scrollTop
    act(() => {
      window.history.pushState(null, '', '/?tz=Europe/London&quote=far-quote')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    await waitFor(() => expect(scroller.scrollTop).toBeLessThan(atNow / 2))
    expect(within(list).getByText(/a test quote far from now/)).toBeInTheDocument()
  })

  it('scrolls to an entry selected after opening (Back, Forward, a link on the page)', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    serveManyDevelopments()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const scroller = list.parentElement!
    await waitFor(() => expect(scroller.scrollTop).toBeGreaterThan(20_000))
    act(() => {
      window.history.pushState(null, '', '/?tz=Europe/London&development=many-9')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    await waitFor(() => expect(scroller.scrollTop).toBeLessThan(1_000))
    expect(within(list).getByText('Generated development 10')).toBeInTheDocument()
  })
})
