import { useCallback } from 'react'
import { usePassingState } from '../../hooks/use-passing-state'
import { copyText } from '../../lib/copy-text'
import type { QuoteRow } from './quote-rows'
import { formatCitation } from './quote-citation'

/** What was copied last: the quote's id and citation ('' for both when the clipboard refused). */
export type Copied = { id: string; text: string }

/** Copies a quote's citation; the "Copied" mark clears itself after 2.5 s. */
export function useCopiedQuote(zone: string) {
  const [copied, setCopied] = usePassingState<Copied>()
  const onCopy = useCallback(
    (row: QuoteRow) => {
      const text = formatCitation(row, zone)
      void copyText(text).then((ok) =>
        setCopied(ok ? { id: row.quote.id, text } : { id: '', text: '' }),
      )
    },
    [zone, setCopied],
  )
  return { copied, onCopy }
}
