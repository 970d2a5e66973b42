/**
 * The quotation marks a language sets around a quote: 「…」 in Japanese and traditional Chinese,
 * „…“ in German, « … » in French, “…” otherwise (and with no language given).
 */
export function quoteMarks(lang: string | undefined): readonly [open: string, close: string] {
  const tag = lang?.toLowerCase() ?? ''
  if (tag === 'ja' || tag.startsWith('ja-')) return ['「', '」']
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return ['「', '」']
  if (tag === 'de' || tag.startsWith('de-')) return ['„', '“']
  if (tag === 'fr' || tag.startsWith('fr-')) return ['«\u202f', '\u202f»']
  return ['“', '”']
}

/** The text in its language's quotation marks. */
export function quoted(text: string, lang: string | undefined): string {
  const [open, close] = quoteMarks(lang)
  return `${open}${text}${close}`
}
