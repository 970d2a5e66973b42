// @vitest-environment node
import { describe, expect, it } from 'vitest'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import { snapshotAt } from '../../../src/features/markets/snapshot-at'
import { unavailableWords } from '../../../src/features/markets/unavailable-words'

// Test data: the demo's Hang Seng Tech (as of Tue 10 Jun, 16:00 HKT), whose series answered HTTP 500.
const { instruments } = documentSchemas.markets.parse(marketsFixture)
const hstech = instruments.find((i) => i.id === 'hstech')!
const failed = { raw: undefined, error: new Error('HTTP 500') }
const mondayEvening = Date.parse('2025-06-09T18:00:00Z')

describe('snapshotAt, replaying a moment, beside a series that failed to load', () => {
  it('says the series could not be loaded, never that the feed has no price series', () => {
    const [item] = snapshotAt([hstech], [failed], mondayEvening)
    expect(item!.instrument.last).toBeNull()
    expect(item!.instrument.changePercent).toBeNull()
    const words = unavailableWords(item!.unavailable!, 'Europe/London', 2025)
    expect(words).not.toMatch(/No price series/)
    expect(words).toBe('The Hang Seng Tech series could not be loaded: no figure as of then')
    expect(unavailableWords(item!.unavailable!, 'Europe/London', 2025, { short: true })).toBe(
      'Series did not load',
    )
  })

  it('keeps the feed’s own figures once the moment replayed is past their as-of time', () => {
    const [item] = snapshotAt([hstech], [failed], Date.parse('2025-06-10T09:00:00Z'))
    expect(item).toEqual({ instrument: hstech, unavailable: null })
  })
})
