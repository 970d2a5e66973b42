import { useVirtualizer } from '@tanstack/react-virtual'
import { render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { holdAnimationFrames, nextFrame } from '../animation-frames'
import {
  initialScrollerRect,
  measureRow,
  observeScrollerRect,
  scrollScroller,
} from '../../src/lib/virtual-list-layout'

// jsdom lays nothing out: rows 20 px high (estimated at 40), a scroller 200 px high.
let layoutReads = 0

beforeEach(() => {
  layoutReads = 0
  holdAnimationFrames()
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  )
  const read = (value: number) => {
    layoutReads += 1
    return value
  }
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => read(20))
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(() => read(200))
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(() => read(300))
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
    read(0)
    return new DOMRect(0, 0, 300, 20)
  })
  vi.spyOn(Element.prototype, 'scrollTo').mockImplementation(function (
    this: Element,
    options?: ScrollToOptions | number,
  ) {
    read(0)
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top
  })
})
afterEach(async () => {
  // What waits for a frame is done with before the next test (and its stubs) starts.
  await nextFrame()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function Rows({ count = 100, openAt = 400 }: { count?: number; openAt?: number }) {
  const scroller = useRef<HTMLDivElement>(null)
  // Read fresh on every render, as the app's lists do.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 40,
    observeElementRect: observeScrollerRect,
    measureElement: measureRow,
    scrollToFn: scrollScroller,
    initialRect: initialScrollerRect(0.5),
    initialOffset: openAt,
    overscan: 0,
  })
  return (
    <div ref={scroller} data-testid="scroller">
      <ol aria-label="Rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            style={{ transform: `translateY(${row.start}px)` }}
          >
            Row {row.index}
          </li>
        ))}
      </ol>
    </div>
  )
}

const rowStarts = () =>
  screen.getAllByRole('listitem').map((row) => [row.textContent, row.style.transform])

describe('a virtual list’s layout, read at the start of the next frame', () => {
  it('reads nothing in the commit that mounts it: rows at their estimates, not scrolled', () => {
    render(<Rows />)
    expect(layoutReads).toBe(0)
    expect(screen.getByTestId('scroller').scrollTop).toBe(0)
    expect(rowStarts()[0]).toEqual(['Row 10', 'translateY(400px)'])
  })

  it('at the next frame takes the scroller’s size, scrolls to where it opens and measures its rows', async () => {
    render(<Rows />)
    await nextFrame()
    expect(layoutReads).toBeGreaterThan(0)
    expect(screen.getByTestId('scroller').scrollTop).toBe(400)
    // The rows drawn are measured: each 20 px below the one before.
    const starts = rowStarts().map(([, transform]) => Number(/\d+/.exec(transform!)![0]))
    expect(starts.length).toBeGreaterThan(1)
    starts.slice(1).forEach((start, i) => expect(start - starts[i]!).toBe(20))
  })

  it('keeps a row’s measured size when it mounts again, without reading the layout', async () => {
    const { rerender } = render(<Rows />)
    await nextFrame()
    const measured = rowStarts()
    rerender(<Rows count={0} />)
    await nextFrame()
    layoutReads = 0
    rerender(<Rows />)
    expect(layoutReads).toBe(0)
    expect(rowStarts()).toEqual(measured)
  })

  it('keeps rows at their sizes while the list is hidden (no layout), mounting only a screenful', async () => {
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(0)
    render(<Rows count={10_000} openAt={0} />)
    await nextFrame()
    await nextFrame()
    const starts = rowStarts().map(([, transform]) => Number(/\d+/.exec(transform!)![0]))
    expect(starts.length).toBeLessThan(50)
    starts.slice(1).forEach((start, i) => expect(start - starts[i]!).toBe(40))
  })
})
