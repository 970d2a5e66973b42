import type { Instrument, Series } from '../../src/feed/schemas/types'

/** Test data: an instrument judged by the bad-tick check, a price by default. */
export const testInstrument = (
  kind: Instrument['kind'] = 'equity-index',
  unit = 'points',
): Pick<Instrument, 'id' | 'kind' | 'unit'> => ({ id: 'tst', kind, unit })

/** Test data: a series of these values, a minute apart from 13:30Z on 9 Jun 2025. */
export const testSeries = (values: number[], basis: Series['basis'] = 'level'): Series => ({
  instrumentId: 'tst',
  illustrative: false,
  basis,
  reference: { value: null, at: '2025-06-09T13:29:00Z', label: 'Previous close (test)' },
  points: values.map((v, i) => ({
    t: new Date(Date.UTC(2025, 5, 9, 13, 30 + i)).toISOString(),
    v,
  })),
})
