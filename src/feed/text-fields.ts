import type { TextKind } from './control-characters'
import type { FeedDocumentName } from './raw-feed'

/**
 * Every field of the feed that holds text a reader sees (a `text()` of the schemas), by document:
 * its path (`*` for each element of a list) and how the page shows it. `line`: on one line, a name,
 * title or label; `prose`: running text, a quote or a summary, which may hold line breaks (the page
 * shows them as spaces). test/feed/text-fields.test.ts keeps this list in step with the schemas.
 */
export const textFields: Record<FeedDocumentName | 'series', Record<string, TextKind>> = {
  index: {
    title: 'line',
    version: 'line',
    'notes.*': 'prose',
    'sources.*.name': 'line',
    'rounds.*.name': 'line',
    'rounds.*.location': 'line',
    'rounds.*.venue': 'line',
    'rounds.*.outcome': 'prose',
    'parties.*.name': 'line',
    'parties.*.shortName': 'line',
    'people.*.name': 'line',
    'people.*.role': 'line',
    'people.*.organisation': 'line',
    'topics.*.label': 'line',
  },
  sessions: {
    'sessions.*.title': 'line',
    'sessions.*.durationNote': 'line',
    'sessions.*.venue': 'line',
    'sessions.*.format': 'line',
    'sessions.*.summary': 'prose',
    'sessions.*.outcomeSignals.*': 'line',
  },
  developments: {
    'developments.*.title': 'line',
    'developments.*.summary': 'prose',
    'developments.*.figures.*.label': 'line',
    'developments.*.figures.*.unit': 'line',
  },
  quotes: {
    'quotes.*.text': 'prose',
    'quotes.*.setting': 'line',
    'quotes.*.place': 'line',
    'quotes.*.location.name': 'line',
    'quotes.*.context': 'prose',
  },
  issues: {
    'issues.*.title': 'line',
    'issues.*.usAsk': 'prose',
    'issues.*.chinaPosition': 'prose',
    'issues.*.notes.*': 'prose',
    'scenarios.*.title': 'line',
    'scenarios.*.condition': 'prose',
    'scenarios.*.expectedReaction': 'prose',
  },
  markets: {
    'instruments.*.name': 'line',
    'instruments.*.shortName': 'line',
    'instruments.*.unit': 'line',
    'instruments.*.group': 'line',
  },
  series: {
    'reference.label': 'line',
    note: 'prose',
  },
}
