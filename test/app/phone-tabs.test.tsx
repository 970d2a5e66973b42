import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { renderWithFeed } from '../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

// A test DOM has no matchMedia (the page takes it for a desk): here every query fails, a phone's.
beforeEach(() =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })),
)
afterEach(() => vi.unstubAllGlobals())

describe('the dashboard below the desk breakpoint', () => {
  it('has its tabs, the snapshot and every region in the page’s one main landmark', async () => {
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const main = await screen.findByRole('main')
    expect(screen.getAllByRole('main')).toHaveLength(1)
    const tabs = within(main).getByRole('tablist', { name: 'Regions' })
    expect(within(tabs).getAllByRole('tab')).toHaveLength(3)
    expect(within(main).getAllByRole('tabpanel', { hidden: true })).toHaveLength(3)
    expect(await within(main).findByRole('list', { name: 'Market snapshot' })).toBeInTheDocument()
  })
})
