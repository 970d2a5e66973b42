import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/app/app'
import { testRuntime } from '../render'

function open(query: string) {
  window.history.replaceState(null, '', `/tools/talks/${query}`)
  return render(<App runtime={testRuntime()} />)
}

describe('the app by URL', () => {
  it('shows one panel alone, with the demo badge but no header or picker', async () => {
    open('?view=quotes')
    const quotes = await screen.findByRole('region', { name: 'Quote wall' })
    expect(await within(quotes).findByText(/China’s not easy\./)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Times in' })).not.toBeInTheDocument()
    expect(screen.getByText('Demo data')).toBeInTheDocument()
  })

  it('turns the header and the time-zone picker on separately', async () => {
    open('?view=timeline&header=1&tzpicker=0')
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Times in' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Quote wall' })).not.toBeInTheDocument()
  })

  it('has no controls in kiosk mode', async () => {
    open('?kiosk')
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Share / embed' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Times in' })).not.toBeInTheDocument()
  })

  it('builds the link and iframe for the chosen view in the Share / embed dialog', async () => {
    const user = userEvent.setup()
    open('?topic=rare-earths')
    await user.click(await screen.findByRole('button', { name: 'Share / embed' }))
    const dialog = screen.getByRole('dialog', { name: 'Share / embed' })
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Show' }), 'quotes')
    await user.click(within(dialog).getByRole('checkbox', { name: 'Filters' }))
    const link = within(dialog).getByRole('textbox', { name: 'Link' })
    expect(link).toHaveValue(
      `${location.origin}/tools/talks/?view=quotes&filters=0&topic=rare-earths`,
    )
    await user.type(
      within(dialog).getByRole('textbox', { name: /Host page origin/ }),
      'https://portal.example/home',
    )
    expect(within(dialog).getByRole('textbox', { name: 'Iframe' })).toHaveValue(
      `<iframe src="${location.origin}/tools/talks/?view=quotes&amp;filters=0&amp;topic=rare-earths&amp;parent=https%3A%2F%2Fportal.example" title="Trade talks quote wall" width="100%" height="600" loading="lazy" data-trade-talks-monitor></iframe>`,
    )
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Keep the current selection (Rare earths)' }),
    )
    expect(link).toHaveValue(`${location.origin}/tools/talks/?view=quotes&filters=0`)
  })

  it('offers to keep the quote wall’s filters, named in words, on a view with the wall', async () => {
    const user = userEvent.setup()
    open('?side=observers&q=rare&sort=oldest')
    await user.click(await screen.findByRole('button', { name: 'Share / embed' }))
    const dialog = screen.getByRole('dialog', { name: 'Share / embed' })
    const keep = await within(dialog).findByRole('checkbox', {
      name: 'Keep the quote wall’s filters (Search: “rare” · Side: Analysts and media · Oldest first)',
    })
    const link = within(dialog).getByRole('textbox', { name: 'Link' })
    expect(keep).toBeChecked()
    expect(link).toHaveValue(`${location.origin}/tools/talks/?q=rare&side=observers&sort=oldest`)
    await user.click(keep)
    expect(link).toHaveValue(`${location.origin}/tools/talks/`)
    // The markets alone have no quote wall: nothing to keep.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Show' }), 'markets')
    expect(within(dialog).queryByRole('checkbox', { name: /quote wall’s filters/ })).toBeNull()
  })
})
