import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { renderWithFeed } from '../render'

// Test data: the demo feed, at the start of its second day.
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

describe('"/" on a phone showing another tab', () => {
  it('shows the Quotes tab and puts the focus in its search', async () => {
    const user = userEvent.setup()
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const quotesTab = await screen.findByRole('tab', { name: 'Quotes' })
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true')
    await screen.findByText('12 of 12 quotes')
    await user.keyboard('/')
    expect(quotesTab).toHaveAttribute('aria-selected', 'true')
    const search = screen.getByRole('searchbox', { name: 'Search quotes' })
    expect(search).toHaveFocus()
    expect(search.closest('[hidden]')).toBeNull()
  })
})
