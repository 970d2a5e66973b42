import { act, screen, within } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

// An IntersectionObserver that sees the charts' grid near the viewport but no card on screen, as
// for a card scrolled out of view: the cards mount, their marker rails do not.
class NoCardInView {
  private callback: IntersectionObserverCallback
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback
  }
  observe(target: Element) {
    const isIntersecting = target.tagName !== 'ARTICLE'
    this.callback(
      [{ target, isIntersecting } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    )
  }
  unobserve() {}
  disconnect() {}
}

afterEach(() => {
  vi.unstubAllGlobals()
})

it("Tab into a chart's card draws its event markers at once, off screen too, so Tab reaches them", async () => {
  vi.stubGlobal('IntersectionObserver', NoCardInView)
  visit('/?tz=Europe/London')
  renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
  const card = await screen.findByRole('article', { name: 'S&P 500' })
  const table = await within(card).findByRole('button', { name: /table of S&P 500 data/ })
  await vi.waitFor(() => expect(table).toBeEnabled())
  expect(within(card).queryByRole('toolbar', { name: /Events on the/ })).toBeNull()

  act(() => table.focus())
  const rail = within(card).getByRole('toolbar', { name: 'Events on the S&P 500 chart' })
  expect(within(rail).getAllByRole('button').length).toBeGreaterThan(0)
})
