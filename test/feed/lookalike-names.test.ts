// @vitest-environment node
import { describe, expect, it } from 'vitest'
import index from '../../mocks/fixtures/index.json'
import markets from '../../mocks/fixtures/markets.json'
import spx from '../../mocks/fixtures/series/spx.json'
import { crossCheck } from '../../src/feed/cross-check'
import { documentPath, type RawFeed } from '../../src/feed/raw-feed'
import { lookalikeNameProblems, nameSkeleton } from '../../src/feed/lookalike-names'

function feedWith(people: { id: string; name: string }[]): RawFeed {
  const copy = structuredClone(index)
  for (const { id, name } of people) copy.people.push({ ...copy.people[0]!, id, name })
  return { documents: { index: copy, markets }, series: {} }
}
const lines = (feed: RawFeed) =>
  lookalikeNameProblems(feed, documentPath).map((p) => `${p.path} ${p.message}`)
const n = index.people.length

describe('feed:check on names a reader cannot tell apart', () => {
  it('flags a name that mixes scripts and collides with another after undoing lookalike letters', () => {
    expect(lines(feedWith([{ id: 'impostor', name: 'D\u043enald Trump' }]))).toEqual([
      `$.people[${n}].name suspicious name "Dоnald Trump": "Dоnald" mixes Latin and Cyrillic letters (expected one script per word)`,
      `$.people[${n}].name suspicious name "Dоnald Trump": looks the same as "Donald Trump" at $.people[0].name (expected names a reader can tell apart)`,
    ])
  })

  it('flags invisible formatting characters and names equal once case, accents and spacing are undone', () => {
    expect(
      lines(
        feedWith([
          { id: 'rtl', name: 'Scott Bessent\u202E' },
          { id: 'spaced', name: 'HOWARD  LÚTNICK' },
        ]),
      ),
    ).toEqual([
      `$.people[${n}].name suspicious name "Scott Bessent\u202E": invisible formatting character U+202E (expected visible letters only)`,
      `$.people[${n}].name suspicious name "Scott Bessent\u202E": looks the same as "Scott Bessent" at $.people[1].name (expected names a reader can tell apart)`,
      `$.people[${n + 1}].name suspicious name "HOWARD  LÚTNICK": looks the same as "Howard Lutnick" at $.people[2].name (expected names a reader can tell apart)`,
    ])
  })

  it('leaves the demo feed, other scripts and names in two scripts with a space between alone', () => {
    expect(
      lines(
        feedWith([
          { id: 'he-lifeng-zh', name: 'He Lifeng 何立峰' },
          { id: 'ru', name: 'Алексей Оверчук' },
          // Persian and Hindi spell with a zero-width non-joiner and joiner (fictional names).
          { id: 'fa', name: 'علی\u200Cاکبر مهرابی' },
          { id: 'hi', name: 'र\u200Dख्या सिंह' },
          // A right-to-left mark places a Hebrew name's closing parenthesis (fictional name).
          { id: 'he', name: 'דנה לוי (ש"ס)\u200F' },
        ]),
      ),
    ).toEqual([])
    expect(lines(feedWith([{ id: 'zwnj', name: 'Don\u200Cald Trump' }]))[0]).toContain(
      'invisible formatting character U+200C',
    )
    expect(lines(feedWith([{ id: 'rlm', name: 'Scott\u200F Bessent' }]))[0]).toContain(
      'invisible formatting character U+200F',
    )
    expect(nameSkeleton('Dоnald\u200b  Trump')).toBe('donald trump')
    expect(nameSkeleton('דנה לוי\u200F')).toBe(nameSkeleton('דנה לוי'))
  })

  it('names far-off and implausible series points, which the schema accepts', () => {
    const series = {
      ...spx,
      points: [
        ...spx.points,
        { t: '2125-06-09T20:00:00Z', v: 6001 },
        { t: spx.points[0]!.t, v: -1e308 },
      ],
    }
    const problems = crossCheck({ documents: {}, series: { spx: series } }).map(
      (p) => `${p.resource} ${p.path} ${p.message}`,
    )
    expect(problems).toContain(
      `series/spx.json $.points[${spx.points.length}].t far-off time "2125-06-09T20:00:00Z": 100 years from the series' other points, cut off from them by a gap longer than everything else the series spans; this point is not shown`,
    )
    expect(problems).toContain(
      `series/spx.json $.points[${spx.points.length + 1}].v implausible value -1e+308 (expected a magnitude under 1e+12); this point is not shown`,
    )
  })
})
