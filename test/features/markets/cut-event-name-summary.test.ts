import { describe, expect, it } from 'vitest'
import { collectEvents } from '../../../src/features/markets/market-events'
import { computeReaction } from '../../../src/features/markets/reaction'
import { instrumentSummary } from '../../../src/features/markets/instrument-summary'
import { developmentSchema } from '../../../src/feed/schemas/developments'
import developments from '../../../mocks/fixtures/developments.json'
import { dailyCloses, ny, testStock } from './daily-series'

// Test data, not prices: daily closes around a development whose title is longer than an event's
// name may be (60 characters), so the name is cut with "…".
const stock = testStock('tst', 'TEST')
const closes = dailyCloses('2025-06-02', '2025-06-13')
const long = developmentSchema.parse(
  developments.developments.find((d) => d.id === 'mofcom-rare-earth-licences'),
)

/** The development as the market panels name it, at 11:00 New York on Wed 11 June. */
function eventTitled(title: string) {
  const [event] = collectEvents(
    [],
    [{ ...long, title, at: new Date(ny('2025-06-11', '11:00')).toISOString() }],
    [],
  )
  return event!
}

describe('a card summary ending in an event name cut short', () => {
  it('ends in the cut’s "…", with no full stop after it', () => {
    const event = eventTitled(long.title)
    expect(event.label).toMatch(/export lic…$/)
    const summary = instrumentSummary(stock, event, computeReaction(stock, closes, event.at))
    expect(summary).toMatch(/ at the first close after Ministry of .* export lic…$/)
    expect(summary).not.toMatch(/…\.$/)
  })

  it('so too with a right-to-left name, whose cut ends inside its isolate', () => {
    const event = eventTitled(
      'وزارة التجارة تؤكد موافقات محدودة على تراخيص تصدير المعادن الأرضية النادرة',
    )
    const summary = instrumentSummary(stock, event, computeReaction(stock, closes, event.at))
    expect(summary).toMatch(/…\u2069$/)
  })

  it('keeps the full stop after a name that is whole', () => {
    const event = eventTitled('Export licences approved')
    expect(instrumentSummary(stock, event, computeReaction(stock, closes, event.at))).toMatch(
      / at the first close after Export licences approved\.$/,
    )
  })
})
