// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runFeedCheck } from '../../scripts/feed-check'

const fixtures = fileURLToPath(new URL('../../mocks/fixtures', import.meta.url))
const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data surgery on parsed JSON
type Json = Record<string, any>

/** A copy of the demo feed with each file in `changes` changed. */
function demoWith(changes: Record<string, (json: Json) => void>): string {
  const folder = mkdtempSync(join(tmpdir(), 'control-characters-'))
  folders.push(folder)
  cpSync(fixtures, folder, { recursive: true })
  for (const [file, change] of Object.entries(changes)) {
    const path = join(folder, file)
    const json = JSON.parse(readFileSync(path, 'utf8'))
    change(json)
    writeFileSync(path, JSON.stringify(json))
  }
  return folder
}

const noControls =
  '(expected text without control characters, which a browser draws as a box or not at all)'

describe('feed:check on control characters in text', () => {
  it('warns of each field by its path and the characters by code point, and still passes', async () => {
    const folder = demoWith({
      'quotes.json': (json) => {
        json.quotes[1].text = `${json.quotes[1].text}\v`
        json.quotes[2].text = `First paragraph.\r\n\tSecond paragraph.`
      },
      'sessions.json': (json) => {
        json.sessions[0].title = 'Day\u00001\f'
        json.sessions[1].venue = 'Lancaster\nHouse'
      },
      'developments.json': (json) => {
        json.developments[3].summary = 'China\x92s exports'
      },
      'issues.json': (json) => {
        json.issues[0].notes = ['\u202etxt.exe', '\u2067مرحبا\u2069 is balanced']
      },
      'series/brent.json': (json) => {
        json.note = 'Illustrative path\u2069'
      },
    })
    const result = await runFeedCheck(folder)
    expect(result.exitCode).toBe(0)
    expect(result.lines).toEqual([
      `sessions.json  $.sessions[0].title  warning: U+0000 null, U+000C form feed ${noControls}`,
      'sessions.json  $.sessions[1].venue  warning: U+000A line feed (expected one line: the page shows this field as one line, a line break or tab in it as a space)',
      `developments.json  $.developments[3].summary  warning: U+0092 private use two (a Windows-1252 ’ read as Latin-1?) ${noControls}`,
      `quotes.json  $.quotes[1].text  warning: U+000B vertical tab ${noControls}`,
      'issues.json  $.issues[0].notes[0]  warning: U+202E right-to-left override not closed (expected each embedding or override closed by U+202C, and each isolate by U+2069, in the same field: left open, they lay out the rest of the text in the wrong direction)',
      'series/brent.json  $.note  warning: U+2069 pop directional isolate that closes nothing (expected U+202C and U+2069 only after the control each closes: a lone U+2069 ends the isolate the page sets around the text)',
      `feed-check: OK with 6 warnings in 5 of 12 files at ${folder}`,
    ])
    expect((await runFeedCheck(folder, { strict: true })).exitCode).toBe(1)
  })

  it('reads as one line per field and character when many records share it', async () => {
    const folder = demoWith({
      'quotes.json': (json) => {
        json.quotes.forEach((quote: Json, i: number) => {
          quote.text = `${quote.text}${i === 4 ? '\0' : '\v'}`
          quote.setting = `${quote.setting}\v`
        })
      },
    })
    const { lines, warnings } = await runFeedCheck(folder)
    expect(warnings).toHaveLength(24)
    expect(lines).toEqual([
      `quotes.json  $.quotes[0].text  warning: U+000B vertical tab ${noControls} (and 10 more, to $.quotes[11].text)`,
      `quotes.json  $.quotes[4].text  warning: U+0000 null ${noControls}`,
      `quotes.json  $.quotes[0].setting  warning: U+000B vertical tab ${noControls} (and 11 more, to $.quotes[11].setting)`,
      `feed-check: OK with 24 warnings in 1 of 12 files at ${folder}`,
    ])
  })

  it('leaves direction controls in a name to the name check, which reports them as an error', async () => {
    const folder = demoWith({
      'index.json': (json) => {
        json.people[0].name = `\u202e${json.people[0].name}`
        json.people[0].role = `${json.people[0].role}\u202c`
        json.topics[0].label = `${json.topics[0].label}\v`
      },
    })
    const { problems, warnings } = await runFeedCheck(folder)
    expect(problems.map((p) => p.path)).toEqual(['$.people[0].name'])
    expect(warnings.map((w) => `${w.path} ${w.message.split(' (')[0]}`)).toEqual([
      '$.people[0].role U+202C pop directional formatting that closes nothing',
      '$.topics[0].label U+000B vertical tab',
    ])
  })
})
