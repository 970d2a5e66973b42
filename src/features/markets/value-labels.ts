import { formatLevel } from '../../lib/format-number'
import { decimalsThatFit } from '../../lib/quoted-decimals'

/** How a chart's values read: a level in its unit, a % move, basis points, or a change of level. */
export type ValueKind = 'level' | 'percent' | 'bp' | 'change'

/**
 * The decimals a step needs: 0.25 needs 2, 5 needs 0, 0.00000005 (a token priced in millionths)
 * needs 8. Bounded to 10.
 */
export function stepDigits(step: number): number {
  for (let d = 0; d < 10; d++) {
    const scaled = Math.abs(step) * 10 ** d
    const whole = Math.round(scaled)
    if (whole !== 0 && Math.abs(whole - scaled) < 1e-6 * scaled) return d
  }
  return 10
}

/**
 * Levels of a million and more are written in millions or billions ("38.51M"): an axis label holds
 * about seven digits. An axis whose ticks step by a tenth of the unit or more uses it throughout.
 */
const bigUnits = [
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
] as const

const bigUnitOf = (v: number, step = 0) =>
  bigUnits.find(({ size }) => Math.abs(v) >= size || step >= size / 10)

const subscripts = '₀₁₂₃₄₅₆₇₈₉'

/**
 * A level under a ten-thousandth with its zeros counted, as crypto screens write it: 0.00001234 to
 * 8 decimals is "0.0₄1234" (an axis label holds about seven digits; 0.000725 fits as it is). Null
 * for any other level.
 */
function tinyLevel(v: number, digits: number): string | null {
  if (v === 0 || Math.abs(v) >= 0.0001) return null
  const [, decimals = ''] = Math.abs(v).toFixed(Math.min(20, digits)).split('.')
  const zeros = decimals.length - decimals.replace(/^0+/, '').length
  if (zeros < 4 || zeros === decimals.length) return null
  const count = [...String(zeros)].map((d) => subscripts[Number(d)]).join('')
  return `${v < 0 ? '−' : ''}0.0${count}${decimals.slice(zeros)}`
}

function signed(v: number, digits: number, suffix: string): string {
  const rounded = Number(v.toFixed(digits))
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  return `${sign}${Math.abs(rounded).toFixed(digits)}${suffix}`
}

/**
 * A move as a value label holds it (the axis is about seven characters wide): four digits at most,
 * fewer decimals as it grows ("+12.34%", "+123.5%", "+9259%"), in thousands from 10,000 ("+92.6k%":
 * a bad tick, or a coin over months).
 */
function fittedMove(v: number, digits: number, suffix: string, room = 4): string {
  for (let d = digits; d >= 0; d--) {
    const whole = Math.trunc(Math.abs(Number(v.toFixed(d))))
    if (String(whole).length + d <= room) return signed(v, d, suffix)
  }
  // The "k" takes a digit's room.
  return fittedMove(v / 1000, 1, `k${suffix}`, 3)
}

/** An axis of moves stepping by 2,000 or more reaches 10,000: it is in thousands throughout. */
const thousandsStep = 2000

/** A level or change in millions or billions, to `digits` of the unit: "38.51M", "−1.23M". */
function inBigUnit(v: number, kind: ValueKind, big: (typeof bigUnits)[number], digits: number) {
  const scaled = v / big.size
  return kind === 'change'
    ? signed(scaled, digits, big.suffix)
    : `${formatLevel(scaled, digits)}${big.suffix}`
}

/** An axis tick: as many decimals as the step between ticks needs, so no two read alike. */
export function tickLabel(v: number, kind: ValueKind, step: number): string {
  const digits = stepDigits(step)
  if (kind === 'percent' || kind === 'bp') {
    const suffix = kind === 'percent' ? '%' : ' bp'
    if (step < thousandsStep && Math.abs(v) < 10_000) return signed(v, digits, suffix)
    return v === 0 ? `0${suffix}` : signed(v / 1000, stepDigits(step / 1000), `k${suffix}`)
  }
  const big = bigUnitOf(v, step)
  if (big) return inBigUnit(v, kind, big, stepDigits(step / big.size))
  if (kind === 'change') return signed(v, digits, '')
  return tinyLevel(v, digits) ?? formatLevel(v, digits)
}

/**
 * A value label (last value, previous close, the pointer's level): a level to the instrument's
 * quoted decimals (`levelDigits`) as far as the axis holds them.
 */
export function valueLabel(v: number, kind: ValueKind, levelDigits = 2): string {
  if (kind === 'percent') return fittedMove(v, 2, '%')
  if (kind === 'bp') return fittedMove(v, 1, ' bp')
  const big = bigUnitOf(v)
  if (big) return inBigUnit(v, kind, big, 2)
  if (kind === 'change') return signed(v, decimalsThatFit(v, levelDigits), '')
  // Four significant digits at most: 0.00001234 is 0.0₄1234.
  const significant = Math.abs(v) > 0 ? 3 - Math.floor(Math.log10(Math.abs(v))) : 0
  return (
    tinyLevel(v, Math.min(levelDigits, significant)) ??
    formatLevel(v, decimalsThatFit(v, levelDigits))
  )
}
