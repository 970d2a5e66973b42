import { useQueries, useQuery } from '@tanstack/react-query'
import { DialogButton } from '../../components/dialog-button'
import { SourceLink } from '../../components/source-link'
import { indexQueries, marketsQueries } from '../../feed/queries'
import { noInstrumentsText } from '../../feed/unreadable-records'
import { useFeed } from '../../hooks/use-feed'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { formatDateTime } from '../../lib/format-time'
import { useNow } from '../../hooks/clock-context'
import { FeedCheckSection } from './feed-check-section'

/** "About this feed": its notes, each series' note, and its sources, from the page. */
export function AboutFeed() {
  return (
    <DialogButton label="About this feed" titleId="about-feed-title">
      {(close) => <AboutFeedContent onClose={close} />}
    </DialogButton>
  )
}

function AboutFeedContent({ onClose }: { onClose: () => void }) {
  const feed = useFeed()
  const [zone] = useDisplayZone()
  const now = useNow(60_000)
  const index = useQuery(indexQueries.detail(feed))
  const markets = useQuery(marketsQueries.list(feed))
  const instruments = markets.data?.instruments ?? []
  // The series are the markets panel's own queries: opened beside it, nothing is fetched twice.
  const series = useQueries({
    queries: instruments.map((instrument) => marketsQueries.series(feed, instrument.id)),
  })
  const data = index.data
  // Series that say nothing beyond their name: listed together, once.
  const plainAt = (i: number) => {
    const header = series[i]?.data?.series
    return header !== undefined && !header.note && !header.illustrative
  }
  const plain = instruments.filter((_, i) => plainAt(i))
  return (
    <div className="grid gap-3 text-sm">
      <h2 id="about-feed-title" className="text-base font-semibold">
        About this feed
      </h2>
      {!data ? (
        <p className="text-muted">
          {index.error
            ? `The feed’s index could not be loaded: ${index.error.message}`
            : 'Loading…'}
        </p>
      ) : (
        <>
          <p>
            <strong>{data.title}</strong> · format {data.version} · written{' '}
            {formatDateTime(data.generatedAt, zone, undefined, now)}
            {data.demo === true && ' · demonstration data'}
          </p>
          <section aria-labelledby="about-notes">
            <h3 id="about-notes" className="font-semibold">
              Notes
            </h3>
            {data.notes && data.notes.length > 0 ? (
              <ul className="list-disc pl-5">
                {data.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">The feed gives no notes.</p>
            )}
          </section>
          <section aria-labelledby="about-series">
            <h3 id="about-series" className="font-semibold">
              Market series
            </h3>
            {markets.data ? (
              instruments.length === 0 ? (
                <p className="text-muted">{noInstrumentsText(markets.data)}</p>
              ) : (
                <ul className="list-disc pl-5">
                  {instruments.map((instrument, i) => {
                    const result = series[i]
                    const header = result?.data?.series
                    if (plainAt(i)) return null
                    return (
                      <li key={instrument.id}>
                        <span className="font-medium">{instrument.name}</span>
                        {header ? (
                          <>
                            {header.illustrative && (
                              <span className="text-warn"> (illustrative)</span>
                            )}
                            {': '}
                            {header.note ?? <span className="text-muted">no note</span>}
                          </>
                        ) : result?.error ? (
                          <span className="text-muted">: series unavailable</span>
                        ) : (
                          <span className="text-muted">: loading…</span>
                        )}
                      </li>
                    )
                  })}
                  {plain.length > 0 && (
                    <li>
                      <span className="text-muted">No note: </span>
                      {plain.map((instrument) => instrument.name).join(', ')}
                    </li>
                  )}
                </ul>
              )
            ) : (
              <p className="text-muted">
                {markets.error ? 'Market instruments unavailable.' : 'Loading…'}
              </p>
            )}
          </section>
          <section aria-labelledby="about-sources">
            <h3 id="about-sources" className="font-semibold">
              Sources
            </h3>
            {data.sources.length > 0 ? (
              <ul className="list-disc pl-5">
                {data.sources.map((source) => (
                  <li key={source.id}>
                    <SourceLink name={source.name} url={source.url} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">The feed lists no sources.</p>
            )}
          </section>
        </>
      )}
      <FeedCheckSection />
      <div className="flex justify-end">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}
