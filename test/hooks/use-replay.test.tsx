import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ReplayControl } from '../../src/components/replay-control'
import { replaySpeeds, replayTickMs, useReplay } from '../../src/hooks/use-replay'
import { formatAsOf, parseAsOf } from '../../src/hooks/url-values'

const span = { start: Date.parse('2025-06-09T00:00:00Z'), end: Date.parse('2025-06-10T10:00:00Z') }

function Harness() {
  const replay = useReplay(span)
  return (
    <>
      <ReplayControl
        span={span}
        asOf={replay.asOf}
        zone="Europe/London"
        playing={replay.playing}
        speed={replay.speed}
        speeds={replaySpeeds}
        onSeek={replay.setAsOf}
        onPlay={replay.play}
        onPause={replay.pause}
        onSpeedChange={replay.setSpeed}
        onLeave={replay.leave}
      />
      <p>
        {replay.asOf === null
          ? 'dashboard live'
          : `dashboard as of ${new Date(replay.asOf).toISOString()}`}
      </p>
    </>
  )
}

const asofInUrl = () => new URLSearchParams(window.location.search).get('asof')

describe('?asof= parsing', () => {
  afterEach(() => vi.restoreAllMocks())

  it('reads an ISO date-time with offset', () => {
    expect(parseAsOf('2025-06-09T18:00:00Z')).toBe(Date.parse('2025-06-09T18:00:00Z'))
    expect(parseAsOf('2025-06-09T19:00:00+01:00')).toBe(Date.parse('2025-06-09T18:00:00Z'))
    expect(parseAsOf(null)).toBeNull()
    expect(formatAsOf(Date.parse('2025-06-09T18:00:00.400Z'))).toBe('2025-06-09T18:00:00Z')
  })

  it('ignores a malformed value with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(parseAsOf('2025-06-09T18:00:00')).toBeNull()
    expect(parseAsOf('2025-06-09T18:00:00')).toBeNull()
    expect(parseAsOf('tomorrow')).toBeNull()
    expect(warn).toHaveBeenCalledTimes(2)
  })
})

describe('replay control', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('opens from a link: shows the moment in the display zone, with Back to live', () => {
    window.history.replaceState(null, '', '/?asof=2025-06-09T18:00:00Z&tz=Europe/London')
    render(<Harness />)
    expect(screen.getByText('dashboard as of 2025-06-09T18:00:00.000Z')).toBeInTheDocument()
    const slider = screen.getByRole('slider', { name: 'Replay the round' })
    expect(slider).toHaveAttribute('aria-valuetext', 'Mon 9 Jun, 19:00 BST')
    expect(screen.getByRole('group', { name: 'Replay' })).toHaveTextContent(
      'As of Mon 9 Jun, 19:00 BST',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Back to live' }))
    expect(screen.getByText('dashboard live')).toBeInTheDocument()
    expect(asofInUrl()).toBeNull()
    expect(window.location.search).toBe('?tz=Europe%2FLondon') // the rest of the URL is kept
    expect(screen.queryByRole('button', { name: 'Back to live' })).not.toBeInTheDocument()
  })

  it('a malformed ?asof= is ignored: the dashboard stays live', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    window.history.replaceState(null, '', '/?asof=yesterday')
    render(<Harness />)
    expect(screen.getByText('dashboard live')).toBeInTheDocument()
    expect(screen.getByRole('slider', { name: 'Replay the round' })).toHaveAttribute(
      'aria-valuetext',
      'Live',
    )
  })

  it('seeking enters replay (keyboard: arrows move 5 min, Page Up an hour) and clamps to the round', () => {
    render(<Harness />)
    const slider = screen.getByRole('slider', { name: 'Replay the round' })
    fireEvent.change(slider, { target: { value: String(Date.parse('2025-06-09T12:00:00Z')) } })
    expect(asofInUrl()).toBe('2025-06-09T12:00:00Z')
    fireEvent.keyDown(slider, { key: 'PageUp' })
    expect(asofInUrl()).toBe('2025-06-09T13:00:00Z')
    fireEvent.keyDown(slider, { key: 'PageDown' })
    fireEvent.keyDown(slider, { key: 'PageDown' })
    expect(asofInUrl()).toBe('2025-06-09T11:00:00Z')
    fireEvent.change(slider, { target: { value: String(span.start - 10 * 3_600_000) } })
    expect(asofInUrl()).toBe('2025-06-09T00:00:00Z')
  })

  it('play moves the moment at the chosen speed; pause stops it', () => {
    window.history.replaceState(null, '', '/?asof=2025-06-09T12:00:00Z')
    render(<Harness />)
    fireEvent.change(screen.getByRole('combobox', { name: 'Replay speed' }), {
      target: { value: '3600' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Play replay' }))
    act(() => vi.advanceTimersByTime(2 * 1000)) // two seconds at 1 h/s
    expect(asofInUrl()).toBe('2025-06-09T14:00:00Z')
    fireEvent.click(screen.getByRole('button', { name: 'Pause replay' }))
    act(() => vi.advanceTimersByTime(5000))
    expect(asofInUrl()).toBe('2025-06-09T14:00:00Z')
    expect(screen.getByRole('button', { name: 'Play replay' })).toBeInTheDocument()
  })

  it('play from live starts at the beginning of the round and stops at its end', () => {
    render(<Harness />)
    fireEvent.change(screen.getByRole('combobox', { name: 'Replay speed' }), {
      target: { value: '3600' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Play replay' }))
    expect(asofInUrl()).toBe('2025-06-09T00:00:00Z')
    act(() => vi.advanceTimersByTime(replayTickMs))
    expect(asofInUrl()).toBe('2025-06-09T00:15:00Z')
    act(() => vi.advanceTimersByTime(40 * 1000)) // past the end (34 h)
    expect(asofInUrl()).toBe('2025-06-10T10:00:00Z')
    expect(screen.getByRole('button', { name: 'Play replay' })).toBeInTheDocument()
  })

  it('leaving replay while playing stops the ticker', () => {
    window.history.replaceState(null, '', '/?asof=2025-06-09T12:00:00Z')
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', { name: 'Play replay' }))
    fireEvent.click(screen.getByRole('button', { name: 'Back to live' }))
    act(() => vi.advanceTimersByTime(5000))
    expect(asofInUrl()).toBeNull()
    expect(screen.getByText('dashboard live')).toBeInTheDocument()
  })
})
