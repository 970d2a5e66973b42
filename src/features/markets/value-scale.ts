/** A value axis: the tick values (low to high) and the domain they span. */
export type ValueScale = { ticks: readonly number[]; domain: [number, number] }

const steps = [1, 2, 2.5, 5, 10]

/** The nice step (1, 2, 2.5 or 5 times a power of ten) at or below `raw`, then the next smaller. */
function niceStepBelow(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  const mantissa = raw / power
  const base = [...steps].reverse().find((s) => s <= mantissa + 1e-9) ?? 1
  return base * power
}

function smaller(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9)
  const i = steps.findIndex((s) => Math.abs(s * power - step) < power * 1e-9)
  return i > 0 ? steps[i - 1]! * power : (steps.at(-2)! * power) / 10
}

/**
 * Round-number ticks covering [min, max], at least five of them (and at most about twice that): a
 * plot 160 px tall reads five or six levels. A flat series gets a band of `flatPad` either side of
 * its value (by default 0.1% of it, or 1 around zero). Bounded: at most a few dozen steps whatever
 * the numbers.
 */
export function valueScale(min: number, max: number, flatPad?: number): ValueScale {
  const minTicks = 5
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [0, 1], domain: [0, 1] }
  let lo = Math.min(min, max)
  let hi = Math.max(min, max)
  if (hi - lo < Math.max(Math.abs(hi) * 1e-9, 1e-9)) {
    const pad =
      flatPad !== undefined && flatPad > 0
        ? flatPad
        : Math.abs(hi) > 1e-6
          ? Math.abs(hi) * 0.001
          : 1
    lo -= pad
    hi += pad
  }
  let step = niceStepBelow((hi - lo) / (minTicks - 1))
  let start = Math.floor(lo / step) * step
  let end = Math.ceil(hi / step) * step
  for (let guard = 0; Math.round((end - start) / step) + 1 < minTicks && guard < 8; guard++) {
    step = smaller(step)
    start = Math.floor(lo / step) * step
    end = Math.ceil(hi / step) * step
  }
  const count = Math.round((end - start) / step) + 1
  const digits = Math.min(20, Math.max(0, -Math.floor(Math.log10(step)) + 2))
  const ticks = Array.from({ length: Math.min(count, 4 * minTicks) }, (_, i) =>
    Number((start + i * step).toFixed(digits)),
  )
  return { ticks, domain: [ticks[0]!, ticks.at(-1)!] }
}
