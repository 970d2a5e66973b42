import { describe, expect, it } from 'vitest'
import type { Development, Quote, Round, Session } from '../../../src/feed/schemas/types'
import { talksEndAt } from '../../../src/features/markets/talks-end'

// Only the fields talksEndAt reads (test data, fictional).
const session = (start: string, end: string | null, status: Session['status']) =>
  ({ start, end, status }) as Session
const round = (start?: string, end?: string) => ({ start, end }) as Round
const development = (at: string) => ({ at }) as Development
const quote = (saidAt: string) => ({ saidAt }) as Quote
const t = Date.parse

describe('talksEndAt', () => {
  const day1 = session('2025-06-09T13:00:00+01:00', '2025-06-09T19:00:00+01:00', 'concluded')

  it('is the latest session end, development, quote or round date, across time zones', () => {
    expect(talksEndAt([], [day1], [], [])).toBe(t('2025-06-09T18:00:00Z'))
    expect(
      talksEndAt(
        [round('2025-06-09T09:00:00Z')],
        [day1],
        [development('2025-06-10T06:00:00+08:00')],
        [quote('2025-06-09T21:00:00-04:00')],
      ),
    ).toBe(t('2025-06-10T01:00:00Z'))
    // A round announced for later: the talks go on.
    expect(talksEndAt([round(undefined, '2025-07-01T00:00:00Z')], [day1], [], [])).toBe(
      t('2025-07-01T00:00:00Z'),
    )
  })

  it('reaches into the future while a session is scheduled or in session', () => {
    for (const status of ['scheduled', 'in-session'] as const)
      expect(
        talksEndAt([], [day1, session('2025-06-10T10:00:00+01:00', null, status)], [], []),
      ).toBe(Infinity)
  })

  it('takes a concluded session with no end given at its start', () => {
    expect(talksEndAt([], [session('2025-06-09T13:00:00Z', null, 'concluded')], [], [])).toBe(
      t('2025-06-09T13:00:00Z'),
    )
  })

  it('is minus infinity for a feed with nothing in it', () => {
    expect(talksEndAt([], [], [], [])).toBe(-Infinity)
  })
})
