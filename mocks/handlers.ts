import { http, HttpResponse } from 'msw'
import index from './fixtures/index.json'
import sessions from './fixtures/sessions.json'
import developments from './fixtures/developments.json'
import quotes from './fixtures/quotes.json'
import issues from './fixtures/issues.json'
import markets from './fixtures/markets.json'

const seriesFiles = import.meta.glob<{ default: unknown }>('./fixtures/series/*.json', {
  eager: true,
})

export const demoFeedPath = 'demo-feed/'

/** Every fixture by its path under the feed's base URL. */
export const fixtureDocuments: Record<string, unknown> = {
  'index.json': index,
  'sessions.json': sessions,
  'developments.json': developments,
  'quotes.json': quotes,
  'issues.json': issues,
  'markets.json': markets,
  ...Object.fromEntries(
    Object.entries(seriesFiles).map(([file, module]) => [
      file.replace('./fixtures/', ''),
      module.default,
    ]),
  ),
}

/** The happy path: the demo feed served at the same paths a real feed has, under any sub-path. */
export const handlers = [
  http.get(`*/${demoFeedPath}:resource`, ({ params }) => {
    const document = fixtureDocuments[String(params.resource)]
    return document === undefined
      ? new HttpResponse(null, { status: 404 })
      : HttpResponse.json(document)
  }),
  http.get(`*/${demoFeedPath}series/:file`, ({ params }) => {
    const document = fixtureDocuments[`series/${String(params.file)}`]
    return document === undefined
      ? new HttpResponse(null, { status: 404 })
      : HttpResponse.json(document)
  }),
]
