import { describe, expect, it } from 'vitest'
import { isolate, isolateTextIn, mayNeedIsolates, unisolated } from '../../src/lib/bidi-isolate'

const fsi = '\u2068'
const pdi = '\u2069'

describe('isolate', () => {
  it('leaves left-to-right text as it is', () => {
    for (const text of ['Day 2', 'Zürich', '東京ラウンド', 'Дмитрий', '10:00 (London)'])
      expect(isolate(text)).toBe(text)
  })

  it('isolates Arabic, Hebrew and Persian text', () => {
    expect(isolate('جولة الرياض')).toBe(`${fsi}جولة الرياض${pdi}`)
    expect(isolate('ירושלים')).toBe(`${fsi}ירושלים${pdi}`)
    expect(isolate('Talks in مسقط')).toBe(`${fsi}Talks in مسقط${pdi}`)
  })

  it('contains an unclosed override, so the words after it keep their order', () => {
    expect(isolate('Donald Trump\u202E')).toBe(`${fsi}Donald Trump\u202E${pdi}`)
  })

  it('isolates once, but again a text that only looks isolated', () => {
    expect(isolate(isolate('جولة'))).toBe(`${fsi}جولة${pdi}`)
    // Its own pair closed early, then an override the last mark would not close.
    const crafted = `${fsi}a${pdi}\u202Eb${pdi}`
    expect(isolate(crafted)).toBe(`${fsi}${crafted}${pdi}`)
  })
})

describe('isolateTextIn', () => {
  it('returns a record with nothing to isolate as the same object', () => {
    const record = { id: 'q1', text: 'We are closer.', topicIds: ['tariffs'], at: 1 }
    expect(isolateTextIn(record)).toBe(record)
  })

  it('isolates the strings that need it, in nested records and lists, and keeps links', () => {
    const record = {
      id: 'ry-d1',
      title: 'اليوم الأول',
      delegations: [{ partyId: 'gcc', note: 'وفد' }],
      outcomeSignals: ['constructive', 'بنّاءة'],
      url: 'https://example.org/عربي',
    }
    expect(isolateTextIn(record)).toEqual({
      id: 'ry-d1',
      title: `${fsi}اليوم الأول${pdi}`,
      delegations: [{ partyId: 'gcc', note: `${fsi}وفد${pdi}` }],
      outcomeSignals: ['constructive', `${fsi}بنّاءة${pdi}`],
      url: 'https://example.org/عربي',
    })
    expect(record.title).toBe('اليوم الأول')
  })
})

describe('unisolated', () => {
  it('takes the isolate out again, and only the one set around the text', () => {
    expect(unisolated(isolate('جولة الرياض'))).toBe('جولة الرياض')
    expect(unisolated('a\u2068b\u2069')).toBe('a\u2068b\u2069')
  })
})

describe('mayNeedIsolates', () => {
  it('finds right-to-left text in a JSON document, written as characters or as escapes', () => {
    const json = (value: unknown) => JSON.stringify({ quotes: [{ text: value }] })
    expect(mayNeedIsolates(json('We are closer. Zürich, 東京'))).toBe(false)
    expect(mayNeedIsolates(json('\u00e9 is e acute'))).toBe(false)
    expect(mayNeedIsolates(json('جولة الرياض'))).toBe(true)
    expect(mayNeedIsolates('{"name":"\\u0627\\u0644"}')).toBe(true) // as Python writes it
    expect(mayNeedIsolates('{"name":"Trump\\u202E"}')).toBe(true)
    expect(mayNeedIsolates(json('𐤀 (Phoenician)'))).toBe(true)
  })
})
