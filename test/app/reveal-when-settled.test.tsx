import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RevealWhenSettled } from '../../src/app/reveal-when-settled'

// jsdom lays nothing out: whether something in view is loading is set by each test.
const loading = vi.hoisted(() => ({ now: true }))
vi.mock('../../src/first-screen/loading-in-view', () => ({ loadingInView: () => loading.now }))

afterEach(() => {
  loading.now = true
  vi.useRealTimers()
})

const page = () => screen.getByText('The page').parentElement!

describe('RevealWhenSettled', () => {
  it('shows the frame, with the page laid out hidden, until nothing in view is loading', async () => {
    const { rerender } = render(
      <RevealWhenSettled frame={<p>The frame</p>}>
        <p>The page</p>
      </RevealWhenSettled>,
    )
    expect(screen.getByText('The frame')).toBeInTheDocument()
    expect(page()).toHaveStyle({ visibility: 'hidden' })

    loading.now = false
    // The page changes (its data arrived): checked again in the next frame.
    rerender(
      <RevealWhenSettled frame={<p>The frame</p>}>
        <p>The page</p>
        <p>Its data</p>
      </RevealWhenSettled>,
    )
    await vi.waitFor(() => expect(screen.queryByText('The frame')).toBeNull())
    expect(page()).not.toHaveStyle({ visibility: 'hidden' })
  })

  it('shows the page at once when nothing is loading', () => {
    loading.now = false
    render(
      <RevealWhenSettled frame={<p>The frame</p>}>
        <p>The page</p>
      </RevealWhenSettled>,
    )
    expect(screen.queryByText('The frame')).toBeNull()
    expect(page()).not.toHaveStyle({ visibility: 'hidden' })
  })

  it('shows the page after 5 s whatever is still loading', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(
      <RevealWhenSettled frame={<p>The frame</p>}>
        <p>The page</p>
      </RevealWhenSettled>,
    )
    await act(() => vi.advanceTimersByTimeAsync(4900))
    expect(screen.getByText('The frame')).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(screen.queryByText('The frame')).toBeNull()
    expect(page()).not.toHaveStyle({ visibility: 'hidden' })
  })
})
