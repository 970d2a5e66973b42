import { useMemo, useState } from 'react'
import { highlightSegments } from '../../lib/normalize-text'
import { quoteMarks } from '../../lib/quote-marks'
import { usePrinting } from '../../hooks/use-printing'
import { HighlightedText, MarkedSegments } from './highlighted-text'
import { splitSegments, textCut } from '../../lib/text-cut'

type Props = {
  text: string
  lang?: string
  terms: readonly string[]
  /** In the tab order only while the row holds the list's roving focus. */
  active: boolean
}

const quoteClass = 'text-base leading-snug break-words'

/**
 * What was said, in its language's quotation marks, search matches marked. A long quote (a
 * statement, a transcript) shows its first lines and a button for the rest, so one quote does not
 * fill the wall: see LongQuoteText.
 */
export function QuoteText({ text, lang, terms, active }: Props) {
  const cut = textCut(text)
  if (cut !== null)
    return <LongQuoteText text={text} lang={lang} terms={terms} active={active} cut={cut} />
  const [open, close] = quoteMarks(lang)
  return (
    <blockquote className={quoteClass} lang={lang} dir="auto">
      {open}
      <HighlightedText text={text} terms={terms} />
      {close}
    </blockquote>
  )
}

/**
 * A long quote cut after its first lines, with a button for the whole; whole by itself when the
 * search matches in the rest (every match in view), and on paper.
 */
function LongQuoteText({ text, lang, terms, active, cut }: Props & { cut: number }) {
  const [choice, setChoice] = useState<'whole' | 'cut' | null>(null)
  const printing = usePrinting()
  const [open, close] = quoteMarks(lang)
  const [head, rest] = useMemo(
    () => splitSegments(highlightSegments(text, terms), cut),
    [text, terms, cut],
  )
  const matchInRest = rest.some((segment) => segment.match)
  const whole = printing || (choice ?? (matchInRest ? 'whole' : 'cut')) === 'whole'
  return (
    <>
      <blockquote className={quoteClass} lang={lang} dir="auto">
        {open}
        <MarkedSegments segments={head} />
        {whole ? <MarkedSegments segments={rest} /> : '…'}
        {close}
      </blockquote>
      <button
        type="button"
        className="self-start rounded text-xs font-medium text-accent hover:underline print:hidden"
        tabIndex={active ? 0 : -1}
        aria-expanded={whole}
        onClick={() => setChoice(whole ? 'cut' : 'whole')}
      >
        {whole
          ? 'Show less'
          : `Read the whole quote (${text.length.toLocaleString('en-GB')} characters)`}
      </button>
    </>
  )
}
