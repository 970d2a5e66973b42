import { useCallback } from 'react'
import type { FeedIndex, Session } from '../../feed/schemas/types'
import { useCsvDownload } from '../../hooks/use-csv-download'
import { quoteCsvHeader, quoteCsvRowOf } from './export-quotes'
import type { QuoteRow } from './quote-rows'

const idSlot = 'QUOTE_ID'

export type QuoteExport = { start: () => void; busy: boolean }

/**
 * Downloads the quotes shown as quote-wall.csv, written a slice at a time (a long wall's rows take
 * longer than a frame); null while none is shown.
 */
export function useQuoteExport(
  rows: readonly QuoteRow[],
  index: FeedIndex,
  sessions: readonly Session[],
  linkFor: (id: string) => string,
): QuoteExport | null {
  const { busy, download } = useCsvDownload()
  const start = useCallback(() => {
    // Ids are lower-case letters, digits and dashes: the link is made once and the id put in.
    const [before, after] = new URL(linkFor(idSlot), window.location.href).href.split(idSlot)
    const rowOf = quoteCsvRowOf({ index, sessions, link: (id) => `${before}${id}${after}` })
    download('quote-wall.csv', quoteCsvHeader, rows, rowOf)
  }, [rows, index, sessions, linkFor, download])
  return rows.length > 0 ? { start, busy } : null
}
