import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useDocumentTitleCount } from '../../src/hooks/use-document-title-count'
import { knownIdsKey } from '../../src/hooks/known-ids'
import { markSeen } from '../../src/hooks/seen-store'
import { seenAfterMs, useMarkSeenWhenVisible } from '../../src/hooks/use-mark-seen-when-visible'
import { useMarkAllSeen, useNewItemsCount, useSeenItems } from '../../src/hooks/use-seen-items'
import { afterNextPaint } from '../../src/lib/after-next-paint'
import { listTakenIn } from '../list-taken-in'
import { renderWithFeed, testRuntime } from '../render'

const runtime = testRuntime()
const feed = runtime.feedBaseUrl

function Wall({ ids, scope = 'quote' }: { ids: string[] | undefined; scope?: string }) {
  const seen = useSeenItems(scope, ids)
  return (
    <section aria-label={scope}>
      <ul>
        {ids?.map((id) => (
          <li key={id}>
            {id}
            {seen.isNew(id) ? ' (new)' : ''}
          </li>
        ))}
      </ul>
      <p>{seen.count} new</p>
      <button type="button" onClick={seen.markAllSeen}>
        Mark {scope}s seen
      </button>
    </section>
  )
}

function Header() {
  const count = useNewItemsCount()
  const markAll = useMarkAllSeen()
  useDocumentTitleCount(count)
  return (
    <button type="button" onClick={markAll}>
      Mark all seen ({count})
    </button>
  )
}

/** A page load: render; a reload is unmount then render again with the same localStorage. */
function load(ui: React.ReactElement) {
  return renderWithFeed(ui, { runtime })
}

const newItems = () => screen.queryAllByText(/\(new\)/).map((li) => li.textContent)

describe('useSeenItems: new since you last looked', () => {
  it('marks nothing new on a first visit (baseline), even when the list loads late', () => {
    const { rerender } = load(<Wall ids={undefined} />)
    rerender(<Wall ids={['a', 'b']} />)
    expect(newItems()).toEqual([])
    expect(screen.getByText('0 new')).toBeInTheDocument()
  })

  it('marks items that arrive later new, across a reload, until seen', async () => {
    const { rerender, unmount } = load(<Wall ids={['a', 'b']} />)
    await listTakenIn()
    rerender(<Wall ids={['a', 'b', 'c']} />) // a refresh brings c
    await listTakenIn()
    expect(newItems()).toEqual(['c (new)'])
    unmount()

    // Reload: c is still new; d arrived while the page was closed.
    const view = load(<Wall ids={['a', 'b', 'c', 'd']} />)
    await listTakenIn()
    expect(newItems()).toEqual(['c (new)', 'd (new)'])
    expect(screen.getByText('2 new')).toBeInTheDocument()
    act(() => markSeen(feed, 'quote', ['c']))
    expect(newItems()).toEqual(['d (new)'])
    view.unmount()

    load(<Wall ids={['a', 'b', 'c', 'd']} />)
    expect(newItems()).toEqual(['d (new)'])
    await userEvent.click(screen.getByRole('button', { name: 'Mark quotes seen' }))
    expect(newItems()).toEqual([])
  })

  it('keeps its memory per feed', async () => {
    const { unmount } = load(<Wall ids={['a']} />)
    await listTakenIn()
    unmount()
    // Another feed listing the same ids and more: its own first visit, nothing new.
    const view = renderWithFeed(<Wall ids={['a', 'b']} />, {
      runtime: { ...runtime, feedBaseUrl: 'http://other.feed/' },
    })
    await listTakenIn()
    view.unmount()
    expect(newItems()).toEqual([])
    load(<Wall ids={['a', 'b']} />)
    await listTakenIn()
    expect(newItems()).toEqual(['b (new)'])
  })

  it('on a long feed (25,000 items) marks nothing new on a first visit, then exactly what arrives', async () => {
    const ids = Array.from({ length: 25_000 }, (_, i) => `item-${i}`)
    function Count({ list }: { list: string[] }) {
      const seen = useSeenItems('quote', list)
      return <p>{`${seen.count} new: ${[...seen.newIds].join(' ')}`}</p>
    }
    const view = load(<Count list={ids} />)
    await listTakenIn()
    expect(screen.getByText('0 new:')).toBeInTheDocument()
    view.unmount()
    load(<Count list={['item-new', ...ids]} />)
    await listTakenIn()
    expect(screen.getByText('1 new: item-new')).toBeInTheDocument()
  })

  it('counts new items across scopes in the tab title, and marks all seen', async () => {
    const page = (quotes: string[], developments: string[]) => (
      <>
        <Header />
        <Wall scope="quote" ids={quotes} />
        <Wall scope="development" ids={developments} />
      </>
    )
    const view = load(page(['q1'], ['d1']))
    await listTakenIn()
    expect(document.title).toBe('Trade Talks Monitor')
    view.rerender(page(['q1', 'q2', 'q3'], ['d1', 'd2']))
    await listTakenIn()
    await waitFor(() => expect(document.title).toBe('(3) Trade Talks Monitor'))
    await userEvent.click(screen.getByRole('button', { name: 'Mark all seen (3)' }))
    expect(document.title).toBe('Trade Talks Monitor')
    expect(newItems()).toEqual([])
  })
})

type Observed = { callback: IntersectionObserverCallback; element: Element }

function stubIntersectionObserver() {
  const observed: Observed[] = []
  class FakeObserver {
    private callback: IntersectionObserverCallback
    constructor(callback: IntersectionObserverCallback) {
      this.callback = callback
    }
    observe(element: Element) {
      observed.push({ callback: this.callback, element })
    }
    disconnect() {}
    unobserve() {}
    takeRecords() {
      return []
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  const show = (ratio: number) => {
    for (const { callback, element } of observed) {
      const entry = {
        isIntersecting: ratio > 0,
        intersectionRatio: ratio,
        intersectionRect: { height: 100 * ratio },
        rootBounds: { height: 800 },
        target: element,
      } as unknown as IntersectionObserverEntry
      act(() => callback([entry], {} as IntersectionObserver))
    }
  }
  return { show, observed }
}

function Item({ id }: { id: string }) {
  const ref = useRef<HTMLLIElement>(null)
  const { isNew } = useSeenItems('quote', ['old', id])
  useMarkSeenWhenVisible(ref, 'quote', id, { enabled: isNew(id) })
  return <li ref={ref}>{isNew(id) ? `${id} (new)` : id}</li>
}

describe('useMarkSeenWhenVisible', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  async function arrive() {
    // A first visit lists only "old"; then "fresh" arrives.
    const { unmount } = load(<Wall ids={['old']} />)
    await listTakenIn()
    unmount()
    const view = load(<Item id="fresh" />)
    await listTakenIn()
    return view
  }

  it('keeps the New mark for a few seconds in view (3 s), not only a glance', async () => {
    const { show } = stubIntersectionObserver()
    await arrive()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    expect(screen.getByText('fresh (new)')).toBeInTheDocument()
    show(1)
    act(() => vi.advanceTimersByTime(2000))
    show(0) // scrolled past before it was read
    act(() => vi.advanceTimersByTime(5000))
    expect(screen.getByText('fresh (new)')).toBeInTheDocument()
    show(0.6)
    act(() => vi.advanceTimersByTime(seenAfterMs - 1))
    expect(screen.getByText('fresh (new)')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1))
    expect(screen.getByText('fresh')).toBeInTheDocument()
  })

  it('does not mark while the tab is hidden', async () => {
    const { show } = stubIntersectionObserver()
    await arrive()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    show(1)
    act(() => vi.advanceTimersByTime(5000))
    expect(screen.getByText('fresh (new)')).toBeInTheDocument()
    visibility.mockReturnValue('visible')
    act(() => document.dispatchEvent(new Event('visibilitychange')))
    act(() => vi.advanceTimersByTime(seenAfterMs))
    expect(screen.getByText('fresh')).toBeInTheDocument()
  })

  it('never marks anything without IntersectionObserver (jsdom has none)', async () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    await arrive()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    act(() => vi.advanceTimersByTime(5000))
    expect(screen.getByText('fresh (new)')).toBeInTheDocument()
  })
})

describe('useSeenItems: when the list is taken in', () => {
  it('waits for the page to be idle after the list is painted, not the frame that shows it', async () => {
    load(<Wall ids={['a', 'b']} />)
    await act(() => afterNextPaint())
    expect(window.localStorage.getItem(knownIdsKey(feed, 'quote'))).toBeNull()
    await listTakenIn()
    expect(window.localStorage.getItem(knownIdsKey(feed, 'quote'))).not.toBeNull()
  })

  it('an arrival marked seen before its list is taken in stays seen', async () => {
    const { rerender } = load(<Wall ids={['a', 'b']} />)
    await listTakenIn()
    rerender(<Wall ids={['a', 'b', 'c']} />)
    expect(newItems()).toEqual(['c (new)'])
    act(() => screen.getByRole('button', { name: 'Mark quotes seen' }).click())
    expect(newItems()).toEqual([])
    await listTakenIn()
    expect(newItems()).toEqual([])
  })

  it('takes the list in at once when the page is hidden first (closed or reloaded)', () => {
    load(<Wall ids={['a', 'b']} />)
    expect(window.localStorage.getItem(knownIdsKey(feed, 'quote'))).toBeNull()
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'))
    })
    expect(window.localStorage.getItem(knownIdsKey(feed, 'quote'))).not.toBeNull()
  })
})
