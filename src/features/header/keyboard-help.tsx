import { DialogButton } from '../../components/dialog-button'
import { DialogHead } from '../../components/dialog-head'
import { useChrome } from '../../hooks/chrome-context'
import { regionKeys, regions, type Region } from '../../hooks/desk-layout'
import { singleKeysStorageKey } from '../../lib/page-shortcut'
import { useStoredRaw, writeStoredRaw } from '../../lib/stored-json'

/** Whether a key (or a group of them) applies to a page with these panels. */
type Applies = (panels: readonly Region[]) => boolean
type Key = [keys: string, does: string, when?: Applies]
type Group = { title: string; when?: Applies; keys: Key[] }

const dashboard: Applies = (panels) => panels.length > 1
const has =
  (region: Region): Applies =>
  (panels) =>
    panels.includes(region)

const groups: Group[] = [
  {
    title: 'Anywhere on the page',
    keys: [
      [regionKeys.timeline, 'Go to the timeline', dashboard],
      [regionKeys.quotes, 'Go to the quote wall', dashboard],
      [regionKeys.markets, 'Go to the market reaction', dashboard],
      ['n', 'Back to the timeline’s now line', has('timeline')],
      ['/', 'Search the quotes', has('quotes')],
      ['r', 'Refresh the feed'],
      ['?', 'This list'],
      ['Ctrl + P', 'Print it all as a document (every region in full, no controls)'],
      ['Esc', 'Close a dialog'],
    ],
  },
  {
    title: 'Timeline (an entry focused)',
    when: has('timeline'),
    keys: [
      ['↑ ↓ Home End', 'Move between entries'],
      ['PgUp PgDn', 'The previous or next round (ten entries in a feed of one round)'],
      ['← →', 'Move between the links of an entry'],
      ['Enter', 'Select it (the other panels follow)'],
      ['Esc', 'Clear the selection'],
    ],
  },
  {
    title: 'Quote wall (a quote focused)',
    when: has('quotes'),
    keys: [
      ['↑ ↓ Home End', 'Move between quotes'],
      ['PgUp PgDn', 'Ten quotes up or down'],
      ['c', 'Copy the quote with its citation'],
    ],
  },
  {
    title: 'Charts',
    when: has('markets'),
    keys: [
      ['← → Home End', 'On a chart: step along the line (Shift: ten points)'],
      ['Esc', 'On a chart: leave the crosshair'],
      ['← → Enter', 'On the event markers under a chart: move, and select'],
    ],
  },
  {
    title: 'Replay (the slider focused)',
    keys: [
      ['← →', 'Five minutes back or on'],
      ['Page Up Page Down', 'An hour'],
      ['Shift + ← →', 'The previous or next moment something happened'],
      ['Home End', 'The start or end of the round shown (of the feed, with all rounds)'],
    ],
  },
  {
    title: 'Desk (wide screens)',
    when: dashboard,
    keys: [['← → Home End', 'On a divider between regions: resize (Enter folds the left one)']],
  },
]

/** The groups and keys that apply to a page with these panels. */
function shown(panels: readonly Region[]): Group[] {
  const applies = (when?: Applies) => !when || when(panels)
  return groups
    .filter((group) => applies(group.when))
    .map((group) => ({ ...group, keys: group.keys.filter(([, , when]) => applies(when)) }))
}

/**
 * "Keys" in the header, and "?" anywhere: the keyboard shortcuts of the panels on the page, and the
 * switch that turns the single-key ones off.
 */
export function KeyboardHelp() {
  return (
    <DialogButton
      label="Keys"
      title="Keyboard shortcuts (?)"
      shortcut="?"
      titleId="keyboard-help-title"
      widthClass="w-[min(36rem,calc(100vw-1rem))]"
    >
      {(close) => <KeyboardHelpContent onClose={close} />}
    </DialogButton>
  )
}

function KeyboardHelpContent({ onClose }: { onClose: () => void }) {
  const { view } = useChrome()
  const panels: readonly Region[] =
    view === 'dashboard' ? regions : view === 'snapshot' ? [] : [view]
  const singleKeys = useStoredRaw(singleKeysStorageKey) !== 'off'
  return (
    <div className="grid gap-3 text-sm">
      <DialogHead titleId="keyboard-help-title" onClose={onClose}>
        Keyboard shortcuts
      </DialogHead>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(event) =>
            writeStoredRaw(singleKeysStorageKey, event.target.checked ? null : 'off')
          }
        />
        Single-key shortcuts on the page ({Object.values(regionKeys).join(', ')}, n, /, r, ?)
      </label>
      {shown(panels).map((group) => (
        <section key={group.title}>
          <h3 className="font-semibold">{group.title}</h3>
          <dl className="mt-1 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-0.5">
            {group.keys.map(([keys, does]) => (
              <div key={`${keys} ${does}`} className="contents">
                <dt className="font-mono text-muted">{keys}</dt>
                <dd>{does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
