import { screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'

/** Puts the test page at `url` (path and query), as a visitor's link would. */
export function visit(url: string) {
  window.history.replaceState(null, '', url)
}

/** The page in London time, with more parameters ("q=tariffs&tone=upbeat", "&q=..." alike). */
export function visitInLondon(params = '') {
  const more = params.replace(/^&/, '')
  visit(`/?tz=Europe/London${more ? `&${more}` : ''}`)
}

/** The quote wall's rows drawn now (virtualized: those in view). */
export const quoteItems = () =>
  screen.queryAllByRole('listitem').filter((item) => item.hasAttribute('data-quote-id'))

/** The row of the quote with this id. */
export function quoteCard(id: string) {
  const item = quoteItems().find((li) => li.dataset.quoteId === id)
  if (!item) throw new Error(`no card ${id}`)
  return item
}

/** The market snapshot's item for an instrument, by its exact name. */
export function snapshotItem(name: string) {
  const strip = screen.getByRole('list', { name: 'Market snapshot' })
  const item = within(strip)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByText(name, { exact: true }))
  if (!item) throw new Error(`no snapshot item ${name}`)
  return item
}

/**
 * The timeline's list of entries, once drawn with its quote markers settled: loaded, or failed
 * (they reach the timeline a render after the quote wall).
 */
export async function timelineList() {
  const region = await screen.findByRole('region', { name: 'Timeline' })
  const list = await within(region).findByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  await waitFor(() => expect(within(region).queryByText('Loading the quote markers…')).toBeNull())
  return list
}
