import { describe, expect, it } from 'vitest'
import { zoneChoices } from '../../../src/features/header/zone-choices'

const labels = (groups: ReturnType<typeof zoneChoices>) =>
  groups.map(({ label, choices }) => [label, choices.map((c) => `${c.label}=${c.zone}`)])

describe('the zones the time-zone picker offers', () => {
  it('offers the talks’ venues by place and the markets by city, before the financial centres', () => {
    const groups = zoneChoices({
      own: 'America/Chicago',
      rounds: [
        { location: 'Geneva', timeZone: 'Europe/Zurich' },
        { location: 'London', timeZone: 'Europe/London' },
        { location: 'Zurich', timeZone: 'Europe/Zurich' },
        { location: 'Geneva', timeZone: 'Europe/Zurich' },
      ],
      instruments: [
        { timeZone: 'America/New_York' },
        { timeZone: 'Asia/Shanghai' },
        { timeZone: 'America/New_York' },
      ],
      current: null,
    })
    expect(labels(groups)).toEqual([
      [null, ['Your zone (Chicago)=America/Chicago']],
      ['Where the talks are', ['Geneva / Zurich=Europe/Zurich', 'London=Europe/London']],
      ['Markets', ['New York=America/New_York', 'Shanghai=Asia/Shanghai']],
      ['Other', ['Beijing / Hong Kong=Asia/Hong_Kong', 'UTC=UTC']],
    ])
  })

  it('offers each zone once, under the first group that has it, and leaves empty groups out', () => {
    const groups = zoneChoices({
      own: 'Europe/London',
      rounds: [{ location: 'London', timeZone: 'Europe/London' }],
      instruments: [{ timeZone: 'Europe/London' }],
      current: 'Europe/London',
    })
    expect(labels(groups)).toEqual([
      [null, ['Your zone (London)=Europe/London']],
      ['Other', ['New York=America/New_York', 'Beijing / Hong Kong=Asia/Hong_Kong', 'UTC=UTC']],
    ])
  })

  it('offers the chosen zone when nothing else names it, and the centres before the feed has loaded', () => {
    const groups = zoneChoices({ own: 'UTC', current: 'Pacific/Auckland' })
    expect(labels(groups)).toEqual([
      [null, ['Your zone (UTC)=UTC']],
      [
        'Other',
        [
          'London=Europe/London',
          'New York=America/New_York',
          'Beijing / Hong Kong=Asia/Hong_Kong',
          'Auckland=Pacific/Auckland',
        ],
      ],
    ])
  })

  it('offers a renamed zone once, by its current name, whichever name the browser and the feed use', () => {
    const groups = zoneChoices({
      own: 'Europe/Kiev',
      rounds: [{ location: 'Kyiv', timeZone: 'Europe/Kyiv' }],
      instruments: [{ timeZone: 'Asia/Calcutta' }, { timeZone: 'Asia/Kolkata' }],
      current: null,
    })
    expect(
      groups.map(({ label, choices }) => [label, choices.map((c) => `${c.label}=${c.zone}`)]),
    ).toEqual([
      [null, ['Your zone (Kyiv)=Europe/Kyiv']],
      ['Markets', ['Kolkata=Asia/Kolkata']],
      [
        'Other',
        [
          'London=Europe/London',
          'New York=America/New_York',
          'Beijing / Hong Kong=Asia/Hong_Kong',
          'UTC=UTC',
        ],
      ],
    ])
  })
})
