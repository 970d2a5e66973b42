import { useMemo } from 'react'
import { highlightSegments } from '../../lib/normalize-text'
import { quoteMarks } from '../../lib/quote-marks'
import { ReadWholeButton, useWholeText } from '../../components/long-text'
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
  const [open, close] = quoteMarks(lang)
  const [head, rest] = useMemo(
    () => splitSegments(highlightSegments(text, terms), cut),
    [text, terms, cut],
  )
  const [whole, toggle] = useWholeText(rest.some((segment) => segment.match))
  return (
    <>
      <blockquote className={quoteClass} lang={lang} dir="auto">
        {open}
        <MarkedSegments segments={head} />
        {whole ? <MarkedSegments segments={rest} /> : '…'}
        {close}
      </blockquote>
      <ReadWholeButton
        whole={whole}
        what="quote"
        length={text.length}
        onToggle={toggle}
        className="self-start text-xs"
        buttonProps={{ tabIndex: active ? 0 : -1 }}
      />
    </>
  )
}
