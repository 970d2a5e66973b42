import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

// Rebased to the demo feed's development with the longest title, the market panels name it cut
// short: "Ministry of Commerce confirms limited rare earth export lic…". Each place that shows the cut
// name gives the whole in its tooltip and to screen readers, and shows what it showed before.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const whole = 'Ministry of Commerce confirms limited rare earth export licence approvals'
const cut = 'export lic…'

/** The words a screen reader reads: none under aria-hidden. */
function readAloud(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove())
  return copy.textContent ?? ''
}

/** The words on screen: none of the sr-only text. */
function onScreen(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('.sr-only').forEach((node) => node.remove())
  return copy.textContent ?? ''
}

/** The name is whole in the element's tooltip (its own or its container's) and read aloud. */
function expectWhole(element: Element) {
  expect(element.closest('[title]')?.getAttribute('title')).toContain(whole)
  const read = element.getAttribute('aria-label') ?? readAloud(element)
  expect(read).toContain(whole)
  expect(read).not.toContain(cut)
}

async function rebasedPanel() {
  visit('/?tz=UTC&development=mofcom-rare-earth-licences')
  renderWithFeed(<MarketsPanel />, { now: articleMoment })
  const card = await screen.findByRole('article', { name: 'S&P 500' })
  await within(card).findByTestId('market-readout')
  return card
}

describe('an event name cut short in the market panels', () => {
  it('is whole in a card summary’s tooltip and for screen readers, shown cut as before', async () => {
    const card = await rebasedPanel()
    const summary = within(card).getByText(
      (_, el) => el?.tagName === 'P' && /^S&P 500 /.test(onScreen(el)),
    )
    expect(onScreen(summary)).toContain(
      `after ${'Ministry of Commerce confirms limited rare earth'} ${cut}`,
    )
    expectWhole(summary)
  })

  it('is whole in the card readout’s tooltip and for screen readers', async () => {
    const card = await rebasedPanel()
    const readout = within(card).getByTestId('market-readout')
    expect(onScreen(readout)).toContain(
      `since Ministry of Commerce confirms limited rare earth ${cut}`,
    )
    expectWhole(readout)
  })

  it('is whole in the comparison chart’s heading: its tooltip and its accessible name', async () => {
    await rebasedPanel()
    const heading = await screen.findByRole('heading', {
      name: `All instruments rebased to ${whole}`,
    })
    expect(onScreen(heading)).toBe(
      `All instruments rebased to Ministry of Commerce confirms limited rare earth ${cut}`,
    )
    expect(heading).toHaveAttribute('title', `All instruments rebased to ${whole}`)
  })

  it('is whole wherever the panel shows it cut: notes, captions, headers, options', async () => {
    const card = await rebasedPanel()
    const region = screen.getByRole('region', { name: 'Market reaction' })
    await within(region).findByRole('heading', { name: /^All instruments rebased to/ })
    fireEvent.click(within(card).getByRole('button', { name: 'Show table of S&P 500 data' }))
    fireEvent.click(within(region).getByRole('button', { name: 'Show table of the comparison' }))
    const kinds = 'p, h3, caption, th, option'
    // The innermost elements showing the cut name.
    const places = [...region.querySelectorAll(kinds)].filter(
      (el) =>
        onScreen(el).includes(cut) &&
        ![...el.querySelectorAll(kinds)].some((inner) => onScreen(inner).includes(cut)),
    )
    expect(new Set(places.map((el) => el.tagName))).toEqual(
      new Set(['P', 'H3', 'CAPTION', 'TH', 'OPTION']),
    )
    // Six cards' readouts and summaries, four closed-at-event notes, the reaction table's caption,
    // the comparison's summary.
    expect(places.filter((el) => el.tagName === 'P').length).toBeGreaterThanOrEqual(18)
    places.forEach(expectWhole)
  })
})
