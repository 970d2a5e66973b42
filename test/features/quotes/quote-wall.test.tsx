import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import index from '../../../mocks/fixtures/index.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { setUrlParams } from '../../../src/hooks/use-url-param'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { renderWithFeed } from '../../render'
import { quoteItems, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const total = quotesDoc.quotes.length

function open(search = '') {
  visitInLondon(search)
  return renderWithFeed(<QuoteWall />, { now: articleMoment })
}

const count = () => screen.getByText(/ of \d+ quotes?$/)
const params = () => new URLSearchParams(window.location.search)
const shownIds = () => quoteItems().map((item) => item.dataset.quoteId)
/** The list item of the quote whose text (marks and all) contains `text`. */
const card = (text: string) => {
  const item = quoteItems().find((li) =>
    li.querySelector('blockquote')?.textContent?.includes(text),
  )
  if (!item) throw new Error(`no card for ${text}`)
  return item
}

/** Serves the demo's quotes with "China’s not easy." changed (test data). */
function serveWithChinaNotEasy(change: Partial<(typeof quotesDoc.quotes)[number]>) {
  const quotes = quotesDoc.quotes.map((q) =>
    q.text === 'China’s not easy.' ? { ...q, ...change } : q,
  )
  server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
}

async function ready() {
  expect(await screen.findByText(`${total} of ${total} quotes`)).toBeInTheDocument()
}

beforeEach(() => {
  // jsdom has no layout: give the list's scroller a height so the virtualizer renders rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('quote wall: each quote', () => {
  it('is marked with its language and quoted as that language quotes', async () => {
    // The demo's quotes, two of them given in Japanese and German (test data, not what was said).
    const quotes = quotesDoc.quotes.map((q, i) =>
      i === 0
        ? { ...q, text: '前向きな議論ができた。', lang: 'ja' }
        : i === 1
          ? { ...q, text: 'Wir sind näher gekommen.', lang: 'de' }
          : q,
    )
    server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
    open()
    await ready()
    const japanese = within(card('前向きな議論ができた。')).getByRole('blockquote')
    expect(japanese).toHaveTextContent('「前向きな議論ができた。」')
    expect(japanese).toHaveAttribute('lang', 'ja')
    expect(within(card('Wir sind')).getByRole('blockquote')).toHaveTextContent(
      '„Wir sind näher gekommen.“',
    )
    expect(within(card('China’s not easy.')).getByRole('blockquote')).not.toHaveAttribute('lang')
  })

  it('says a speaker the feed does not list is not in its people, rather than passing the id off as a name', async () => {
    serveWithChinaNotEasy({ personId: 'nobody-listed' })
    open()
    await ready()
    const item = card('China’s not easy.')
    expect(within(item).getByText('nobody-listed')).toBeInTheDocument()
    expect(within(item).getByText('(not in the feed’s people)')).toHaveAttribute(
      'title',
      expect.stringContaining('"nobody-listed"'),
    )
    expect(within(card('good')).queryByText(/not in the feed’s people/)).not.toBeInTheDocument()
  })

  it('marks an unlisted speaker in the compact one-line row too', async () => {
    serveWithChinaNotEasy({ personId: 'nobody-listed' })
    open('?view=quotes&density=compact')
    await ready()
    const item = card('China’s not easy.')
    expect(within(item).getByText('(unlisted)')).toHaveAttribute(
      'title',
      expect.stringContaining('"nobody-listed"'),
    )
    expect(within(card('good')).queryByText('(unlisted)')).not.toBeInTheDocument()
  })

  it('names a quote dated after now as such, not "in 4 h 45 min"', async () => {
    // Test data: one quote dated five hours on from the article's morning (a zone mistake).
    serveWithChinaNotEasy({ saidAt: '2025-06-10T14:00:00+01:00' })
    open()
    await ready()
    const when = within(card('China’s not easy.')).getByText(/ahead of now$/)
    expect(when).toHaveTextContent(/^dated 4 h 4[45] min ahead of now$/)
    expect(when).toHaveAttribute('title', expect.stringMatching(/clock mistake/))
    expect(card('China’s not easy.')).not.toHaveTextContent(/\bin 4 h/)
    expect(within(card('good')).queryByText(/ahead of now/)).not.toBeInTheDocument()
  })

  it('shows text, speaker, role, organisation, side by label and icon, times, setting, source, topics and tone', async () => {
    open()
    await ready()
    const item = card('China’s not easy.')
    expect(within(item).getByRole('blockquote')).toHaveTextContent('“China’s not easy.”')
    expect(within(item).getByText('Donald Trump')).toBeInTheDocument()
    expect(item).toHaveTextContent('US President, The White House')
    const side = within(item).getByText('US')
    expect(side.querySelector('svg')).not.toBeNull()
    // Said at ~20:00 in Washington: 01:00 on Tuesday in London, 8 h 15 min before the page's now.
    expect(item).toHaveTextContent('~8 h 15 min ago · Tue 10 Jun, ~01:00 BST')
    expect(item).toHaveTextContent('Speaking from the White House')
    expect(item).toHaveTextContent('Source: News report, 10 Jun 2025 (London, morning)')
    expect(within(item).queryByRole('link', { name: /News report/ })).toBeNull()
    expect(within(item).getByText('Progress of the talks')).toBeInTheDocument()
    expect(within(item).getByText('cautious')).toBeInTheDocument()
  })

  it('keeps the relative time moving with the clock', async () => {
    useFakeClock()
    open()
    await advanceUntil(() => expect(card('China’s not easy.')).toHaveTextContent('~8 h 15 min ago'))
    await advance(60 * 60_000)
    expect(card('China’s not easy.')).toHaveTextContent('~9 h 15 min ago')
  })

  it('shows a delegation lead with nothing on record as such, not as a missing card', async () => {
    open()
    await ready()
    const silent = screen.getByRole('list', { name: 'Delegation leads with no public remarks' })
    expect(within(silent).getByRole('listitem')).toHaveTextContent(
      'He Lifeng, Vice Premier: no public remarks',
    )
  })

  it('waits for the sessions before showing the list, so the lead with no remarks does not push it down', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get('*/demo-feed/sessions.json', async () => {
        await held
        return HttpResponse.json(sessionsDoc)
      }),
    )
    const { queryClient } = open()
    const status = (name: string) =>
      queryClient
        .getQueryCache()
        .findAll({ queryKey: ['feed'] })
        .find((q) => q.queryKey[2] === name)?.state.status
    await waitFor(() => expect([status('quotes'), status('index')]).toEqual(['success', 'success']))
    expect(screen.getByRole('status', { name: 'Loading the quotes' })).toBeInTheDocument()
    expect(quoteItems()).toHaveLength(0)

    release()
    const silent = await screen.findByRole('list', {
      name: 'Delegation leads with no public remarks',
    })
    expect(silent).toHaveTextContent('He Lifeng')
    expect(quoteItems().length).toBeGreaterThan(0)
  })

  it('shows the list without them after two seconds when the sessions hang, claiming no silence', async () => {
    useFakeClock()
    server.use(http.get('*/demo-feed/sessions.json', () => new Promise<never>(() => {})))
    open()
    await advance(1500)
    expect(quoteItems()).toHaveLength(0)
    await advanceUntil(() => expect(quoteItems().length).toBeGreaterThan(0))
    expect(screen.queryByText(/no public remarks/)).toBeNull()
  })

  it('renders quote text with HTML in it as text', async () => {
    const crafted =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>'
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({ quotes: [{ ...quotesDoc.quotes[0], id: 'crafted', text: crafted }] }),
      ),
    )
    open()
    expect(await screen.findByText('1 of 1 quote')).toBeInTheDocument()
    expect(screen.getByRole('blockquote')).toHaveTextContent(`“${crafted}”`)
    expect(document.querySelector('li img, li script, li b')).toBeNull()
  })
})

describe('quote wall: sources', () => {
  function serveSource(url: string) {
    server.use(
      http.get('*/demo-feed/index.json', () =>
        HttpResponse.json({
          ...index,
          sources: [...index.sources, { id: 'wire', name: 'Wire story', url }],
        }),
      ),
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({
          quotes: [{ ...quotesDoc.quotes[0], id: 'sourced', sourceIds: ['wire'] }],
        }),
      ),
    )
  }

  it.each([
    'javascript:alert(document.domain)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('shows a source with the URL %j as plain text, with no link', async (url) => {
    serveSource(url)
    open()
    expect(await screen.findByText('Wire story')).toBeInTheDocument()
    expect(screen.getByText('Wire story').tagName).toBe('SPAN')
    expect(screen.queryByRole('link', { name: 'Wire story' })).toBeNull()
  })

  it('links an https source in a new tab, without opener or referrer', async () => {
    serveSource('https://example.com/story')
    open()
    const link = await screen.findByRole('link', { name: 'Wire story' })
    expect(link).toHaveAttribute('href', 'https://example.com/story')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveAttribute('target', '_blank')
  })
})

describe('quote wall: filters', () => {
  it('draws the folded fields only once they are opened, and keeps a filter in force as a chip', async () => {
    const user = userEvent.setup()
    open('?view=quotes&density=compact&side=observers')
    expect(await screen.findByText(`1 of ${total} quotes`)).toBeInTheDocument()
    const region = screen.getByRole('search', { name: 'Find quotes' })
    expect(region.querySelectorAll('select, input[type="datetime-local"]')).toHaveLength(0)
    expect(within(region).getByRole('button', { name: /Analysts and media/ })).toBeInTheDocument()
    const filters = within(region).getByRole('button', { name: /^Filters/ })
    expect(filters).toHaveAttribute('aria-expanded', 'false')
    await user.click(filters)
    expect(screen.getByLabelText('Side')).toHaveValue('observers')
    await user.click(filters)
    expect(screen.queryByLabelText('Side')).not.toBeInTheDocument()
    expect(count()).toHaveTextContent(`1 of ${total} quotes`)
  })

  it('filters by side and writes it to the URL', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.selectOptions(screen.getByLabelText('Side'), 'Analysts and media')
    expect(count()).toHaveTextContent(`1 of ${total} quotes`)
    expect(shownIds()).toEqual(['xing-calibrated-tool'])
    expect(params().get('side')).toBe('observers')
  })

  it('filters by speaker', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.selectOptions(screen.getByLabelText('Speaker'), 'Kevin Hassett')
    // The page-wide selection's rows follow once the page has painted the choice.
    await waitFor(() => expect(shownIds()).toEqual(['hassett-high-end-nvidia']))
    expect(params().get('speaker')).toBe('kevin-hassett')
  })

  it('filters by topic through the page-wide topic', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.selectOptions(screen.getByLabelText('Topic'), 'Rare earths')
    await waitFor(() => expect(count()).toHaveTextContent(`3 of ${total} quotes`))
    expect(params().get('topic')).toBe('rare-earths')
  })

  it('filters by tone', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.selectOptions(screen.getByLabelText('Tone'), 'upbeat')
    expect(shownIds()).toEqual(['trump-good-reports', 'trump-good-start'])
    expect(params().get('tone')).toBe('upbeat')
  })

  it('filters by session through the page-wide selection', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.selectOptions(screen.getByLabelText('Session'), 'Day 1')
    const expected = quotesDoc.quotes.filter((q) => q.sessionId === 'london-day-1').length
    await waitFor(() => expect(count()).toHaveTextContent(`${expected} of ${total} quotes`))
    expect(params().get('session')).toBe('london-day-1')
  })

  it('filters by a time range entered in the display zone', async () => {
    open()
    await ready()
    // From 00:30 London on Tuesday: only Trump's five remarks (01:00 London) are later.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-06-10T00:30' } })
    expect(params().get('from')).toBe('2025-06-09T23:30Z')
    expect(count()).toHaveTextContent(`5 of ${total} quotes`)
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-06-10T00:59' } })
    expect(count()).toHaveTextContent(`0 of ${total} quotes`)
  })

  it('says so when the range is back to front, instead of only that nothing matches it', async () => {
    open('from=2025-06-10T01:00Z&to=2025-06-09T20:00Z')
    expect(
      await screen.findByText(/^From is after To: no moment lies between them/),
    ).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Swap From and To' }))
    expect(params().get('from')).toBe('2025-06-09T20:00Z')
    expect(params().get('to')).toBe('2025-06-10T01:00Z')
    await waitFor(() => expect(count()).not.toHaveTextContent(/^0 of/))
  })

  it('names the zone of each bound as it is at that bound (summer time in June, not in November)', async () => {
    open('from=2025-06-09T23:30Z&to=2025-11-02T12:00Z')
    await screen.findByText(/ of \d+ quotes?$/)
    expect(screen.getByText('From (BST)')).toBeInTheDocument()
    expect(screen.getByText('To (GMT)')).toBeInTheDocument()
  })

  it('sorts oldest first', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    expect(shownIds()[0]).toBe('trump-good-reports')
    await user.selectOptions(screen.getByLabelText('Sort'), 'Oldest first')
    expect(shownIds()[0]).toBe('xing-calibrated-tool')
    expect(params().get('sort')).toBe('oldest')
  })
})

describe('quote wall: search', () => {
  it('matches text, speaker and setting without regard to case or accents, and marks the matches', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'RÂRE éarth')
    await waitFor(() => expect(count()).toHaveTextContent(`1 of ${total} quotes`))
    const item = card('calibrated tool')
    expect([...item.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Rare', 'earth'])
    // Written to the URL after a pause, as typed.
    await waitFor(() => expect(params().get('q')).toBe('RÂRE éarth'))
  })

  it('finds a speaker and a setting, highlighted where they show', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    const box = screen.getByRole('searchbox', { name: 'Search quotes' })
    await user.type(box, 'hassett')
    await waitFor(() => expect(shownIds()).toEqual(['hassett-high-end-nvidia']))
    expect(card('high-end Nvidia').querySelector('mark')).toHaveTextContent('Hassett')
    await user.clear(box)
    await user.type(box, 'morgan stanley')
    await waitFor(() => expect(shownIds()).toEqual(['xing-calibrated-tool']))
    expect([...card('calibrated tool').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(
      ['Morgan', 'Stanley', 'Morgan', 'Stanley'],
    )
  })

  it('marks nothing for a lone letter (in nearly every quote), and the matches from the second', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    const box = screen.getByRole('searchbox', { name: 'Search quotes' })
    await user.type(box, 'c')
    await waitFor(() => expect(count()).not.toHaveTextContent(`${total} of ${total} quotes`))
    expect(card('calibrated tool').querySelector('mark')).toBeNull()
    await user.type(box, 'h')
    await waitFor(() =>
      expect(card('calibrated tool').querySelector('mark')).toHaveTextContent(/^ch$/i),
    )
  })

  it('says why nothing matches and offers to clear', async () => {
    const user = userEvent.setup()
    open('tone=upbeat')
    await screen.findByText(`2 of ${total} quotes`)
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'zzz')
    expect(
      await screen.findByText('No quote matches the search “zzz”, tone upbeat.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await ready()
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('')
    expect(params().get('tone')).toBeNull()
    expect(params().get('tz')).toBe('Europe/London')
  })
})

describe('quote wall: the URL', () => {
  it('reproduces a view from a link, and follows back and forward', async () => {
    open('q=china&side=us&sort=oldest')
    expect(await screen.findByText(`2 of ${total} quotes`)).toBeInTheDocument()
    expect(shownIds()).toEqual(['trump-china-not-easy', 'trump-open-up-china'])
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('china')
    expect(screen.getByLabelText('Side')).toHaveValue('us')
    expect(screen.getByLabelText('Sort')).toHaveValue('oldest')
    expect(card('China’s not easy.').querySelector('mark')).toHaveTextContent('China')
    act(() => {
      window.history.pushState(null, '', '/?tz=Europe/London&q=good')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(await screen.findByText(`3 of ${total} quotes`)).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('good')
  })

  it('follows the timeline: a selected session or topic filters the wall, clearing it restores the wall', async () => {
    open('session=london-day-2')
    expect(await screen.findByText(`0 of ${total} quotes`)).toBeInTheDocument()
    expect(screen.getByText('No quote matches session Day 2.')).toBeInTheDocument()
    // He Lifeng leads on Day 2 too: his silence stays on the wall.
    expect(screen.getByText(/no public remarks/)).toBeInTheDocument()
    act(() => setUrlParams({ session: null, topic: 'chip-export-controls' }))
    expect(await screen.findByText(`1 of ${total} quotes`)).toBeInTheDocument()
    expect(shownIds()).toEqual(['hassett-high-end-nvidia'])
    act(() => setUrlParams({ topic: null }))
    await ready()
  })

  it('opens on a linked quote: scrolled to, focused and marked', async () => {
    open('quote=xing-calibrated-tool')
    await ready()
    const item = card('calibrated tool')
    await waitFor(() => expect(item).toHaveFocus())
    expect(item).toHaveAttribute('aria-current', 'true')
  })

  it('gives each quote a link that opens the dashboard on it', async () => {
    const user = userEvent.setup()
    open('q=easy')
    await screen.findByText(`1 of ${total} quotes`)
    const link = within(card('China’s not easy.')).getByRole('link', { name: /Link to this quote/ })
    expect(link).toHaveAttribute('href', '/?tz=Europe%2FLondon&quote=trump-china-not-easy')
    await user.click(link)
    expect(params().get('quote')).toBe('trump-china-not-easy')
  })
})

describe('quote wall: copy and keyboard', () => {
  it('copies the quote with its attribution in one click', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?tz=America/New_York')
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    await ready()
    await user.click(within(card('China’s not easy.')).getByRole('button', { name: /Copy quote/ }))
    expect(await navigator.clipboard.readText()).toBe(
      '“China’s not easy.” — Donald Trump, US President, 9 Jun 2025, White House',
    )
    expect(
      within(card('China’s not easy.')).getByRole('button', { name: /Copy quote/ }),
    ).toHaveTextContent('Copied')
  })

  it('"/" focuses the search, arrow keys move between quotes, "c" copies the focused one', async () => {
    const user = userEvent.setup()
    open()
    await ready()
    await user.keyboard('/')
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveFocus()
    // Tab from the search goes through the eight filters and the CSV button to the list's one
    // tabbable row.
    for (let i = 0; i < 10; i += 1) await user.tab()
    expect(quoteItems()[0]).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    await waitFor(() => expect(card('China’s not easy.')).toHaveFocus())
    await user.keyboard('{ArrowUp}')
    await waitFor(() => expect(card('a good start')).toHaveFocus())
    await user.keyboard('{ArrowDown}c')
    expect(await navigator.clipboard.readText()).toBe(
      '“China’s not easy.” — Donald Trump, US President, 10 Jun 2025, White House',
    )
    // "/" typed inside the search is text, not a shortcut.
    await user.keyboard('/')
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveFocus()
    await user.keyboard('a/b')
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('a/b')
  })
})

describe('quote wall: scale', () => {
  /** The demo's first quote `count` times, "Remark number 0" the oldest, a minute apart (test data). */
  function serveRemarks(count: number) {
    const base = quotesDoc.quotes[0]!
    const quotes = Array.from({ length: count }, (_, i) => ({
      ...base,
      id: `q-${i}`,
      text: `Remark number ${i}`,
      saidAt: new Date(Date.parse('2025-06-09T00:00:00Z') + i * 60_000).toISOString(),
    }))
    server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
  }

  it('keeps only the rows in view in the DOM for a feed of thousands', async () => {
    serveRemarks(3000)
    open()
    expect(await screen.findByText('3,000 of 3,000 quotes')).toBeInTheDocument()
    expect(quoteItems().length).toBeGreaterThan(0)
    expect(quoteItems().length).toBeLessThan(60)
    expect(quoteItems()[0]).toHaveAttribute('aria-setsize', '3000')
    // PageDown moves ten quotes at a time (newest first: remark 2999 is the first).
    const user = userEvent.setup()
    quoteItems()[0]!.focus()
    await user.keyboard('{PageDown}{PageDown}')
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Remark number 2979'))
    await user.keyboard('{PageUp}')
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Remark number 2989'))
  })

  it('renders the first 500 rows while the page is printed, says so on paper, and goes back after', async () => {
    serveRemarks(600)
    open()
    expect(await screen.findByText('600 of 600 quotes')).toBeInTheDocument()
    expect(quoteItems().length).toBeLessThan(60)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(quoteItems()).toHaveLength(500)
    expect(quoteItems().at(-1)).toHaveTextContent('Remark number 100')
    expect(screen.getByText('Printed: the first 500 of 600 quotes.')).toBeInTheDocument()
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(quoteItems().length).toBeLessThan(60)
  })

  it('shows a skeleton while loading and an error with Retry when the quotes fail', async () => {
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse('down', { status: 503 })))
    open()
    expect(screen.getByRole('status', { name: 'Loading the quotes' })).toBeInTheDocument()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the quotes')
    server.resetHandlers()
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }))
    await ready()
  })
})
