// How much slower this machine is right now than a quiet reference machine, so test timeouts
// (upper bounds on waits for a condition, never waits themselves) stretch on a busy laptop.
// Measured once per `npm test` (a fixed CPU loop) and handed to every runner in TTM_TIME_SCALE.
import { availableParallelism, loadavg } from 'node:os'

const referenceLoopMs = 40 // the loop below on a quiet 2-core machine of ours (best of three)
const maxScale = 4

function loopMs() {
  const started = performance.now()
  let x = 0
  for (let i = 0; i < 20_000_000; i += 1) x = (x + i * 7) % 1_000_003
  if (x < 0) console.log(x)
  return performance.now() - started
}

/** 1 on a quiet machine, up to 4 on a slow or loaded one. TTM_TIME_SCALE overrides. */
export function timeScale() {
  const given = Number(process.env.TTM_TIME_SCALE)
  if (Number.isFinite(given) && given >= 1) return Math.min(given, maxScale)
  const best = Math.min(loopMs(), loopMs(), loopMs())
  const cpu = best / referenceLoopMs
  const load = loadavg()[0] / availableParallelism()
  const scale = Math.max(1, cpu, load)
  return Math.round(Math.min(scale, maxScale) * 10) / 10
}
