import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isolate } from '../../src/lib/bidi-isolate'
import { csvBlobInSlices, toCsv } from '../../src/lib/csv'
import { parseCsv } from '../parse-csv'

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"', 'two\nlines', 1.5, null]])).toBe(
      'a,"b, c","say ""hi""","two\nlines",1.5,\r\n',
    )
  })

  it('guards text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-cmd', '@SUM(A1)', -1.16, 0.09]])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-cmd,'@SUM(A1),-1.16,0.09\r\n`,
    )
  })

  it('writes right-to-left text without the isolate the page sets around it', () => {
    expect(toCsv([[isolate('جولة الرياض'), isolate('=1+1 عربي')]])).toBe(
      "جولة الرياض,'=1+1 عربي\r\n",
    )
  })

  it('round-trips any text through a CSV reader (with formula text guarded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 10,
        }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows))
          const expected = rows.map((row) => row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
          expect(parsed).toEqual(expected)
        },
      ),
    )
  })

  it('never lets a cell start with a formula character unless it is a number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), {
          minLength: 1,
        }),
        (cells) => {
          const [row] = parseCsv(toCsv([cells]))
          row!.forEach((text, i) => {
            if (typeof cells[i] === 'string') expect(text).not.toMatch(/^[=+\-@\t\r]/)
            else expect(Number(text)).toBe(cells[i] === 0 ? 0 : cells[i])
          })
        },
      ),
    )
  })
})

describe('csvBlobInSlices', () => {
  it('starts with UTF-8’s byte order mark, so Excel reads accents and non-Latin names right', async () => {
    const blob = await csvBlobInSlices(
      ['speaker'],
      ['Lutnick', 'Zoë', 'Li Chenggang 李成钢'],
      (name) => [name],
    )
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toBe(
      'speaker\r\nLutnick\r\nZoë\r\nLi Chenggang 李成钢\r\n',
    )
  })

  it('writes the same file as toCsv, whatever the slices it is cut into', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }), {
          maxLength: 30,
        }),
        fc.constantFrom(0, 1_000),
        async (header, rows, sliceMs) => {
          const blob = await csvBlobInSlices(header, rows, (row) => row, sliceMs)
          expect(await blob.text()).toBe(toCsv([header, ...rows]))
          expect(blob.type).toBe('text/csv;charset=utf-8')
        },
      ),
      { numRuns: 60 },
    )
  })
})
