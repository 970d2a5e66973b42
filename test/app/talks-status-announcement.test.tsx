import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TalksStatusLine } from '../../src/app/talks-status-line'
import { advance, advanceUntil, useFakeClock } from '../fake-clock'
import { renderWithFeed } from '../render'

// Test data: the demo feed, whose Day 2 starts at 10:00 London time on 10 June 2025 (no end given).
const dayTwoStart = Date.parse('2025-06-10T10:00:00+01:00')

/** What a screen reader reads out as it changes: the text of the live regions. */
const liveText = () =>
  [...document.querySelectorAll('[role="status"], [aria-live]:not([aria-live="off"])')]
    .map((region) => region.textContent)
    .join(' | ')

beforeEach(() => useFakeClock(dayTwoStart - 90_000))
afterEach(() => vi.useRealTimers())

describe('what a screen reader is told of where the talks stand', () => {
  it('a session starting, once; not the countdown before it, nor each minute it runs', async () => {
    renderWithFeed(<TalksStatusLine />, { now: dayTwoStart - 90_000 })
    await advanceUntil(() => expect(screen.getByText(/Day 2 starts in/)).toBeInTheDocument())
    // The last minute counts down each second on screen; nothing new is read out.
    await advance(dayTwoStart - 45_000 - Date.now())
    expect(screen.getByText(/Day 2 starts in 45 s/)).toBeInTheDocument()
    const before = liveText()
    await advance(1_000)
    expect(screen.getByText(/Day 2 starts in 44 s/)).toBeInTheDocument()
    expect(liveText()).toBe(before)

    await advance(dayTwoStart + 1_000 - Date.now())
    expect(liveText()).toMatch(/Day 2 in session since/)
    const said = liveText()
    // Minutes on, the line on screen has ticked on; the announcement is not made again.
    await advance(120_000)
    expect(screen.getByText(/Day 2 in session since .*\(2 min\b/)).toBeInTheDocument()
    expect(liveText()).toBe(said)
  })
})
