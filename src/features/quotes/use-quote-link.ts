import { useCallback } from 'react'
import { linkWith, quoteWallParams, writeParams } from '../../hooks/url-params'
import { selectionParams } from '../../hooks/use-selection'

/** Parameters a per-quote link drops: the view it opens is the quote, not the sender's filters. */
const viewParams = [...quoteWallParams, ...selectionParams]

/** The link to one quote: this page with the quote selected and the sender's filters dropped. */
export function useQuoteLink(): (id: string) => string {
  const linkBase = writeParams(
    new URLSearchParams(window.location.search),
    Object.fromEntries(viewParams.map((key) => [key, null])),
  ).toString()
  return useCallback(
    (id: string) => `${window.location.pathname}${linkWith(linkBase, { quote: id })}`,
    [linkBase],
  )
}
