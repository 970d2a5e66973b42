import type { View } from '../hooks/url-params'

/** The message an embedded page sends its host (docs/embedding.md documents it). */
export const heightMessageType = 'trade-talks-monitor:height'

export type HeightMessage = {
  type: typeof heightMessageType
  version: 1
  /** The page's content height in CSS pixels: set the iframe's height to it. */
  height: number
  view: View
}

export function heightMessage(height: number, view: View): HeightMessage {
  return { type: heightMessageType, version: 1, height: Math.ceil(height), view }
}
