import { formatLevel } from '../../lib/format-number'
import { decimalsThatFit } from '../../lib/quoted-decimals'

/** How a chart's values read: a level in its unit, a % move, basis points, or a change of level. */
export type ValueKind = 'level' | 'percent' | 'bp' | 'change'

/** The decimals a step needs: 0.25 needs 2, 5 needs 0. Bounded to 6. */
export function stepDigits(step: number): number {
  for (let d = 0; d < 6; d++) {
    const scaled = step * 10 ** d
    if (Math.abs(Math.round(scaled) - scaled) < 1e-6) return d
  }
  return 6
}

function signed(v: number, digits: number, suffix: string): string {
  const rounded = Number(v.toFixed(digits))
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  return `${sign}${Math.abs(rounded).toFixed(digits)}${suffix}`
}

/** An axis tick: as many decimals as the step between ticks needs, so no two read alike. */
export function tickLabel(v: number, kind: ValueKind, step: number): string {
  const digits = stepDigits(step)
  if (kind === 'percent') return signed(v, digits, '%')
  if (kind === 'bp') return signed(v, digits, ' bp')
  if (kind === 'change') return signed(v, digits, '')
  return formatLevel(v, digits)
}

/**
 * A value label (last value, previous close, the pointer's level): a level to the instrument's
 * quoted decimals (`levelDigits`) as far as the axis holds them.
 */
export function valueLabel(v: number, kind: ValueKind, levelDigits = 2): string {
  if (kind === 'percent') return signed(v, 2, '%')
  if (kind === 'bp') return signed(v, 1, ' bp')
  if (kind === 'change') return signed(v, decimalsThatFit(v, levelDigits), '')
  return formatLevel(v, decimalsThatFit(v, levelDigits))
}
