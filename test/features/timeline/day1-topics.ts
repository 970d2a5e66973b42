import { screen, within } from '@testing-library/react'

/** The topic list of the demo's Day 1 on the timeline, once the timeline has drawn it. */
export async function day1Topics() {
  const region = await screen.findByRole('region', { name: 'Timeline' })
  const list = await within(region).findByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  const day1 = list.querySelector<HTMLElement>('[data-roving-id="session:london-day-1"]')!
  return within(day1).getByRole('list', { name: 'Topics' })
}
