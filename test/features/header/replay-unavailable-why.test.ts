import { describe, expect, it } from 'vitest'
import { replayUnavailableWhy } from '../../../src/features/header/replay-unavailable'

describe('why replay is unavailable', () => {
  it('names the lists that failed before those still loading, and never calls them empty', () => {
    expect(
      replayUnavailableWhy([
        { what: 'sessions', data: undefined, isError: true },
        { what: 'developments', data: undefined, isError: false },
        { what: 'quotes', data: undefined, isError: true },
      ]),
    ).toBe('Replay is unavailable: it needs the sessions and quotes, which could not be loaded')
  })

  it('names the lists still loading', () => {
    expect(
      replayUnavailableWhy([
        { what: 'sessions', data: { sessions: [] }, isError: false },
        { what: 'developments', data: undefined, isError: false },
        { what: 'quotes', data: undefined, isError: false },
      ]),
    ).toBe('Replay is unavailable until the developments and quotes have loaded')
  })
})
