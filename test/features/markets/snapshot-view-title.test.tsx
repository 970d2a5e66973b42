import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

describe('the snapshot shown alone (?view=snapshot)', () => {
  it('is titled a market snapshot: it shows no reaction, no chart', async () => {
    visit('/')
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, view: 'snapshot' }}>
        <MarketsPanel />
      </ChromeContext>,
      { now: articleMoment },
    )
    const region = await screen.findByRole('region', { name: 'Market snapshot' })
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Market snapshot')
    expect(await within(region).findByText('6,005.88')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Market reaction' })).toBeNull()
  })

  it('keeps the markets panel titled "Market reaction" everywhere else', async () => {
    visit('/')
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, view: 'markets', instrument: 'spx' }}>
        <MarketsPanel />
      </ChromeContext>,
      { now: articleMoment },
    )
    expect(await screen.findByRole('region', { name: 'Market reaction' })).toBeInTheDocument()
  })
})
