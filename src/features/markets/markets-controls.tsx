import type { Instrument } from '../../feed/schemas/types'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import type { SeriesState } from './series-query'
import type { Span } from './series-view'
import type { useMarketWindow } from './use-market-window'
import { InstrumentPicker } from './instrument-picker'
import { RebaseSelect } from './rebase-select'
import { WindowSelect } from './window-select'
import { seriesCsvRows } from './export-series'
import type { ReactionRow } from './reaction-table'
import { reactionCsvRows } from './export-reactions'
import { downloadCsv } from '../../lib/download-csv'
import { DownloadIcon } from '../../components/icons'

type Props = {
  events: readonly MarketEvent[]
  event: MarketEvent | null
  selectedKey: string | null
  zone: string
  onSelect: (event: MarketEvent | null) => void
  marketWindow: ReturnType<typeof useMarketWindow>
  allInstruments: readonly Instrument[]
  chosen: readonly string[] | null
  onChoose: (ids: string[] | null) => void
  instruments: readonly Instrument[]
  series: readonly SeriesState[]
  reactions: readonly (Reaction | null)[]
  reactionRows: readonly ReactionRow[]
  domain: Span
}

/** Above the charts: the event to rebase to, the window, which instruments, and the CSV exports. */
export function MarketsControls({
  events,
  event,
  selectedKey,
  zone,
  onSelect,
  marketWindow,
  allInstruments,
  chosen,
  onChoose,
  instruments,
  series,
  reactions,
  reactionRows,
  domain,
}: Props) {
  const exportSeries = () =>
    downloadCsv(
      'market-series.csv',
      seriesCsvRows(
        instruments.map((instrument, i) => ({
          instrument,
          series: series[i]?.data,
          error: series[i]?.error ?? null,
          reaction: reactions[i] ?? null,
        })),
        domain,
      ),
    )
  return (
    <div className="mb-1 flex flex-wrap items-end gap-2 text-xs print:hidden">
      <RebaseSelect events={events} selectedKey={selectedKey} zone={zone} onSelect={onSelect} />
      <WindowSelect
        value={marketWindow.value}
        options={marketWindow.options}
        zoomed={marketWindow.zoomed}
        onChoose={marketWindow.choose}
        onResetZoom={marketWindow.resetZoom}
      />
      {allInstruments.length > 1 && (
        <InstrumentPicker instruments={allInstruments} chosen={chosen} onChange={onChoose} />
      )}
      <button
        type="button"
        className="btn"
        onClick={exportSeries}
        disabled={series.every((s) => !s.data)}
        aria-label="Export series CSV"
        title="Download the prices shown, as CSV"
      >
        <DownloadIcon /> Series
      </button>
      <button
        type="button"
        className="btn"
        disabled={!event}
        aria-label="Export reactions CSV"
        title={
          event
            ? 'Download each instrument’s reaction to the event, as CSV'
            : 'Choose an event to rebase to first: the reactions are to it'
        }
        onClick={() =>
          event && downloadCsv('market-reaction.csv', reactionCsvRows(event, reactionRows))
        }
      >
        <DownloadIcon /> Reactions
      </button>
    </div>
  )
}
