import { describe, expect, it } from 'vitest'
import { fittedChartHeight } from '../../../src/features/markets/use-chart-height-to-fit'

// A chart alone in an iframe shrinks to the room its frame leaves rather than make it scroll.
describe('fittedChartHeight', () => {
  it('gives up what the page is too tall by, down to the least plot', () => {
    expect(fittedChartHeight(188, -12, 188, 128)).toBe(176)
    expect(fittedChartHeight(188, -300, 188, 128)).toBe(128)
  })

  it('grows back to its full height, never past it, when the frame grows', () => {
    expect(fittedChartHeight(150, 20, 188, 128)).toBe(170)
    expect(fittedChartHeight(150, 200, 188, 128)).toBe(188)
  })
})
