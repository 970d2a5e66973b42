import { quoted } from '../lib/quote-marks'

/**
 * A quote's text in its language's marks, marked with its language when the feed gives one (no
 * extra element otherwise: the timeline draws one per quote, and the page counts its elements).
 */
export function QuotedText({ text, lang }: { text: string; lang: string | undefined }) {
  return lang ? <span lang={lang}>{quoted(text, lang)}</span> : quoted(text, lang)
}
