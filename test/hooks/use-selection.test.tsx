import { act, renderHook } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linkWith } from '../../src/hooks/url-params'
import {
  readSelection,
  selectionLinker,
  useSelection,
  useSelectionHref,
  type SelectionKind,
} from '../../src/hooks/use-selection'

describe('useSelection', () => {
  it('reads and writes the selection in the URL, one event at a time, keeping other parameters', () => {
    window.history.replaceState(
      null,
      '',
      '/?tz=Europe/London&session=london-day-1&topic=rare-earths',
    )
    const { result } = renderHook(() => ({ ...useSelection(), hrefFor: useSelectionHref() }))
    expect(result.current.selection).toEqual({
      event: { kind: 'session', id: 'london-day-1' },
      topic: 'rare-earths',
      person: null,
    })
    expect(result.current.isSelected('session', 'london-day-1')).toBe(true)
    act(() => result.current.selectEvent({ kind: 'development', id: 'china-ppi-deflation' }))
    expect(window.location.search).toBe(
      '?tz=Europe%2FLondon&topic=rare-earths&development=china-ppi-deflation',
    )
    expect(result.current.hrefFor({ kind: 'quote', id: 'trump-good-start' }, '#quotes')).toBe(
      '?tz=Europe%2FLondon&topic=rare-earths&quote=trump-good-start#quotes',
    )
    act(() => result.current.clear())
    expect(window.location.search).toBe('?tz=Europe%2FLondon')
    expect(result.current.selection).toEqual({ event: null, topic: null, person: null })
  })

  it('ignores empty parameters', () => {
    expect(readSelection(new URLSearchParams('session=&topic='))).toEqual({
      event: null,
      topic: null,
      person: null,
    })
  })
})

describe('selectionLinker', () => {
  it('makes the same link as linkWith, whatever the rest of the query string and the id', () => {
    const kinds = fc.constantFrom<SelectionKind>('session', 'development', 'quote')
    const pair = fc.tuple(
      fc.constantFrom('tz', 'q', 'session', 'development', 'quote', 'topic', 'selection.marker'),
      fc.string(),
    )
    const search = fc
      .array(pair, { maxLength: 6 })
      .map((pairs) => new URLSearchParams(pairs).toString())
    const id = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.string())
    fc.assert(
      fc.property(
        search,
        kinds,
        id,
        fc.constantFrom('', '#quotes'),
        (query, kind, eventId, hash) => {
          const event = { kind, id: eventId }
          expect(selectionLinker(query)(event, hash)).toBe(
            linkWith(
              query,
              { session: null, development: null, quote: null, [kind]: eventId },
              hash,
            ),
          )
          expect(selectionLinker(query)(null, hash)).toBe(
            linkWith(query, { session: null, development: null, quote: null }, hash),
          )
        },
      ),
    )
  })
})
