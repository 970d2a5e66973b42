import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { scenarioHandlers, type ScenarioName } from '../../../mocks/scenarios'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** The page's own words for silence (the demo's Day 1 summary quotes the source's "made no public remarks"). */
const claimOfSilence = /no public remarks (reported|among)/

/** He Lifeng led China's delegation on Day 1 and has no quote in the demo feed. */
async function day1Delegations() {
  const region = await screen.findByRole('region', { name: 'Timeline' })
  const list = await within(region).findByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  const day1 = list.querySelector<HTMLElement>('[data-roving-id="session:london-day-1"]')!
  return { region, day1 }
}

function render(name?: ScenarioName) {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  window.history.replaceState(null, '', '/?tz=Europe/London')
  if (name) server.use(...scenarioHandlers(name))
  return renderWithFeed(<TimelinePanel />, { now: articleMoment })
}

describe('timeline: "no public remarks" only from quotes that loaded, under every quote fault', () => {
  it('states the silence with the quotes in', async () => {
    render()
    const { day1 } = await day1Delegations()
    expect(await within(day1).findByText(/no public remarks reported/)).toBeInTheDocument()
  })

  // all-invalid: quotes.json loaded, but none of its quotes could be read: nothing can be said.
  it.each<ScenarioName>([
    'not-found',
    'network-error',
    'truncated',
    'html-200',
    'huge',
    'all-invalid',
  ])('%s: says the quotes are unavailable and claims no silence', async (name) => {
    render(name)
    const { region, day1 } = await day1Delegations()
    expect(await within(region).findByText(/Quote markers unavailable/)).toBeInTheDocument()
    expect(region).not.toHaveTextContent(claimOfSilence)
    expect(day1).toHaveTextContent('Public remarks: quotes unavailable')
  })

  it('hang: while the quotes do not answer, claims no silence', async () => {
    render('hang')
    const { region, day1 } = await day1Delegations()
    expect(within(region).getByText('Loading the quote markers…')).toBeInTheDocument()
    expect(region).not.toHaveTextContent(claimOfSilence)
    expect(day1).toHaveTextContent('Public remarks: quotes loading…')
  })

  it.each<ScenarioName>(['one-invalid'])(
    '%s: qualifies the silence by the quotes that could not be read',
    async (name) => {
      render(name)
      const { region, day1 } = await day1Delegations()
      expect(
        await within(day1).findAllByText(/no public remarks among the quotes that could be read/),
      ).not.toHaveLength(0)
      expect(region).not.toHaveTextContent(/no public remarks reported/)
    },
  )
})
