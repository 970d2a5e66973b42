import type { Instrument } from '../feed/schemas/types'
import { implausibleText, isImplausible } from './plausible-number'
import { quotedDecimals } from './quoted-decimals'

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

const levelFormats = new Map<number, Intl.NumberFormat>()

/**
 * A level with exactly `digits` decimals and thousands separators, below zero with a minus sign as
 * the changes have it: "6,005.88", "1.1424", "−0.172".
 */
export function formatLevel(value: number, digits: number): string {
  let format = levelFormats.get(digits)
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    levelFormats.set(digits, format)
  }
  return format.format(value).replace('-', '−')
}

/**
 * An instrument's level to its quoted decimals, with "$" for a price in USD ("$67.21 per barrel",
 * "−$0.49 per barrel") but a currency pair as quoted ("1.1424", "1.1424 USD per EUR"); a level in
 * % keeps its sign even without the unit ("−0.172%").
 */
export function formatInstrumentLevel(
  value: number,
  instrument: Pick<Instrument, 'currency' | 'unit' | 'kind' | 'last' | 'decimals'>,
  withUnit: boolean,
): string {
  if (isImplausible(value))
    return `${implausibleText(value)}${withUnit ? ` ${instrument.unit}` : ''}`
  const level = formatLevel(value, quotedDecimals(instrument))
  // A currency pair reads as quoted ("1.1424"): its name says what it is.
  if (
    instrument.kind !== 'fx' &&
    instrument.currency === 'USD' &&
    instrument.unit.startsWith('USD per ')
  )
    return `${level.replace(/^(−?)/, '$1$')} ${instrument.unit.replace('USD ', '')}`
  if (instrument.unit === '%') return `${level}%`
  return withUnit ? `${level} ${instrument.unit}` : level
}

/** "6,005.88", "$67.21 per barrel", "1.1424", or "level not reported". */
export function formatValue(
  instrument: Pick<Instrument, 'last' | 'currency' | 'unit' | 'kind' | 'decimals'>,
): string {
  if (instrument.last === null) return 'level not reported'
  return formatInstrumentLevel(instrument.last, instrument, false)
}

/** "+0.42%", "−1.16%", "0.00%": sign spelled out, minus as a real minus. */
export function signedPercent(value: number, digits = 2): string {
  if (isImplausible(value)) return implausibleText(value, '%')
  const rounded = Number(value.toFixed(digits))
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  return `${sign}${Math.abs(rounded).toFixed(digits)}%`
}
