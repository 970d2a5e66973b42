import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OneLineList } from '../../src/components/one-line-list'
import { moreItemAttribute } from '../../src/hooks/use-one-line-fit'
import { framesWaiting, holdAnimationFrames, nextFrame } from '../animation-frames'

// jsdom lays nothing out: a box 250 px wide, items 100 px wide, "+N more" 60 px, lines 20 px apart.
const boxWidth = 250
const widthOf = (item: Element) => (item.hasAttribute(moreItemAttribute) ? 60 : 100)
const shownItems = (list: Element) =>
  [...list.children].filter((item) => !item.hasAttribute('hidden'))

let layoutReads = 0
function modelLayout() {
  const read = <T,>(value: T) => {
    layoutReads += 1
    return value
  }
  vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    const list = this.parentElement!
    if (!list.className.includes('flex-wrap')) return read(0)
    const end = (shownItems(list).indexOf(this) + 1) * 100
    return read(Math.floor((end - 1) / boxWidth) * 20)
  })
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => read(16))
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return read(this.tagName === 'LI' ? widthOf(this) : boxWidth)
  })
  vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockImplementation(function (this: Element) {
    if (this.tagName === 'LI') return read(widthOf(this))
    return read(shownItems(this).reduce((sum, item) => sum + widthOf(item), 0))
  })
}

beforeEach(() => {
  layoutReads = 0
  holdAnimationFrames()
  // No resize reports: only the fit is under test.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  )
  modelLayout()
})
afterEach(async () => {
  // What waits for a frame is done with before the next test (and its stubs) starts.
  await nextFrame()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const topics = ['Tariffs', 'Rare earths', 'Chips', 'Students', 'Fentanyl']

function Topics({ items = topics }: { items?: string[] }) {
  return (
    <div>
      <OneLineList
        label="Topics"
        items={items}
        places={null}
        oneLine
        itemKey={(item) => item}
        renderItem={(item) => item}
        renderMore={(hidden) => `+${hidden} more`}
      />
    </div>
  )
}

const shownTexts = () =>
  screen
    .getAllByRole('listitem')
    .filter((item) => !item.hidden)
    .map((item) => item.textContent)

describe('OneLineList', () => {
  it('reads nothing from the layout in the commit that mounts it, and is fitted at the next frame', async () => {
    render(<Topics />)
    expect(layoutReads).toBe(0)
    expect(shownTexts()).toEqual(topics)

    await nextFrame()
    expect(layoutReads).toBeGreaterThan(0)
    // Two items fit the line, but not with "+N more" beside them: one, and the rest behind it.
    expect(shownTexts()).toEqual(['Tariffs', '+4 more'])
    expect(framesWaiting()).toBe(0)
  })

  it('measures again at the next frame when its items change, not in the commit that changes them', async () => {
    const { rerender } = render(<Topics />)
    await nextFrame()
    layoutReads = 0

    rerender(<Topics items={['Tariffs', 'Chips']} />)
    expect(layoutReads).toBe(0)
    await nextFrame()
    expect(shownTexts()).toEqual(['Tariffs', 'Chips'])
  })

  it('reads nothing when a render leaves its items as they were', async () => {
    const { rerender } = render(<Topics />)
    await nextFrame()
    layoutReads = 0

    rerender(<Topics items={[...topics]} />)
    expect(layoutReads).toBe(0)
    expect(framesWaiting()).toBe(0)
    expect(shownTexts()).toEqual(['Tariffs', '+4 more'])
  })
})

describe('OneLineList in a hidden page', () => {
  it('is fitted without waiting for a frame, which a hidden page does not paint', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    render(<Topics />)
    expect(layoutReads).toBe(0)
    expect(framesWaiting()).toBe(0)
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(shownTexts()).toEqual(['Tariffs', '+4 more'])
  })
})
