import { useChrome } from './chrome-context'
import { useMediaQuery } from './use-media-query'
import { usePrinting } from './use-printing'

/**
 * Lower than this, a chart embedded alone cannot hold its card's every word at one per line and a
 * readable plot: a portal tile (300x250, 320x200, 400x300). 480x360 and larger keep the whole card.
 */
const smallFrameQuery = '(max-height: 359.98px)'
/** ...and lower than this (320x200), not even two lines for the reading or the summary. */
const tinyFrameQuery = '(max-height: 239.98px)'

/**
 * How much room one instrument's chart alone (?view=markets&instrument=) has in its frame:
 * `whole`, the whole card; `small`, its name, level, change, chart and markers, the secondary marks
 * in their short forms (the whole words in tooltips); `tiny`, the level's and the change's lines
 * one line each as well. Always `whole` where the host sizes the frame to the page (?parent=), on
 * a wall screen, and on paper.
 */
export function useOneChartFrame(): 'whole' | 'small' | 'tiny' {
  const { view, instrument, autoHeight, kiosk } = useChrome()
  const small = useMediaQuery(smallFrameQuery, false)
  const tiny = useMediaQuery(tinyFrameQuery, false)
  const printing = usePrinting()
  if (view !== 'markets' || instrument === null || autoHeight || kiosk || printing) return 'whole'
  return tiny ? 'tiny' : small ? 'small' : 'whole'
}
