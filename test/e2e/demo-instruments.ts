import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const markets = JSON.parse(readFileSync(resolve('mocks/fixtures/markets.json'), 'utf8')) as {
  instruments: { name: string }[]
}

/** The demo feed's instruments by name, in the feed's order: one chart each on the page. */
export const demoInstruments: readonly string[] = markets.instruments.map((i) => i.name)
