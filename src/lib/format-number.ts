import type { Instrument } from '../feed/schemas/types'
import { implausibleText, isImplausible } from './plausible-number'

const decimals = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/** "+0.09% ▲", "−1.16% ▼", "0.00% ▬": direction by sign and arrow, not colour alone. */
export function formatChangePercent(value: number | null): string {
  if (value === null) return 'not reported'
  if (isImplausible(value)) return implausibleText(value, '%')
  const arrow = value > 0 ? '▲' : value < 0 ? '▼' : '▬'
  const sign = value > 0 ? '+' : value < 0 ? '−' : ''
  return `${sign}${decimals.format(Math.abs(value))}% ${arrow}`
}

/** "6,005.88", "$67.21 per barrel", or "level not reported". */
export function formatValue(instrument: Pick<Instrument, 'last' | 'currency' | 'unit'>): string {
  if (instrument.last === null) return 'level not reported'
  if (isImplausible(instrument.last)) return implausibleText(instrument.last)
  if (instrument.currency === 'USD' && instrument.unit.startsWith('USD per ')) {
    return `$${decimals.format(instrument.last)} ${instrument.unit.replace('USD ', '')}`
  }
  return decimals.format(instrument.last)
}
