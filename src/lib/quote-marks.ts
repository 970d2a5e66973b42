type Marks = readonly [open: string, close: string]

const english: Marks = ['“', '”']
const guillemets: Marks = ['«', '»']
const low99: Marks = ['„', '”']
const low96: Marks = ['„', '“']
const corners: Marks = ['「', '」']

/** By language, then by language and region where a region sets them otherwise (CLDR's delimiters). */
const byLanguage: Record<string, Marks> = {
  ja: corners,
  de: low96,
  cs: low96,
  sk: low96,
  fr: ['«\u202f', '\u202f»'],
  ru: guillemets,
  uk: guillemets,
  es: guillemets,
  it: guillemets,
  el: guillemets,
  ar: guillemets,
  fa: guillemets,
  nb: guillemets,
  no: guillemets,
  pl: low99,
  ro: low99,
  hu: low99,
  sv: ['”', '”'],
  fi: ['”', '”'],
}
const byRegion: Record<string, Marks> = {
  'de-ch': guillemets,
  'pt-pt': guillemets,
  'zh-hant': corners,
  'zh-tw': corners,
  'zh-hk': corners,
  'zh-mo': corners,
}

/**
 * The quotation marks a language sets around a quote: 「…」 in Japanese and traditional Chinese,
 * „…“ in German, « … » in French, «…» in Russian, Spanish, Italian or Arabic, „…” in Polish,
 * and so on; “…” in English, in any language not listed, and with no language given.
 */
export function quoteMarks(lang: string | undefined): Marks {
  if (!lang) return english
  const [language = '', second = ''] = lang.toLowerCase().split('-')
  return byRegion[`${language}-${second}`] ?? byLanguage[language] ?? english
}

/** The text in its language's quotation marks. */
export function quoted(text: string, lang: string | undefined): string {
  const [open, close] = quoteMarks(lang)
  return `${open}${text}${close}`
}
