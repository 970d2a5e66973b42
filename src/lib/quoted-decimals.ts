import type { Instrument } from '../feed/schemas/types'

/**
 * The decimals an instrument's levels are shown with: the feed's `decimals`, else what its kind is
 * usually quoted to: a currency pair below 50 to 4 (EUR/USD 1.1424, USD/CNH 7.1875), other pairs
 * (USD/JPY 145.27) and everything else to 2, a yield to 3 (4.412%).
 */
export function quotedDecimals(instrument: Pick<Instrument, 'kind' | 'last' | 'decimals'>): number {
  if (instrument.decimals !== undefined) return instrument.decimals
  if (instrument.kind === 'yield') return 3
  if (instrument.kind === 'fx' && (instrument.last === null || Math.abs(instrument.last) < 50))
    return 4
  return 2
}

/**
 * At most the decimals a label of about seven digits holds at this size (an axis label's width):
 * 0.000725, 1.14235, 145.273, 6,005.88, 12,345.6, 123,457.
 */
export function decimalsThatFit(value: number, decimals: number): number {
  const whole = Math.abs(value) < 1 ? 0 : Math.floor(Math.log10(Math.abs(value))) + 1
  return Math.max(0, Math.min(decimals, whole === 0 ? 6 : whole === 1 ? 5 : 6 - whole))
}
