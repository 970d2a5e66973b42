// The reference for the page-load bench: a static HTML page showing the dashboard's first screen
// (header, timeline entries, quotes, market figures and one line chart per instrument) from the same
// feed data, styled by the build's own stylesheet. No script: the fastest this content can paint.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const fixtures = resolve('mocks/fixtures')
const read = (path) => JSON.parse(readFileSync(join(fixtures, path), 'utf8'))
const escape = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const number = (value) =>
  value === null
    ? 'n/a'
    : value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** A polyline of a series' points in a 300x160 box. */
function chart(points) {
  const values = points.map((p) => p.v)
  const times = points.map((p) => Date.parse(p.t))
  const [lo, hi] = [Math.min(...values), Math.max(...values)]
  const [t0, t1] = [Math.min(...times), Math.max(...times)]
  const xy = points.map(
    (p, i) =>
      `${(((times[i] - t0) / (t1 - t0 || 1)) * 300).toFixed(1)},${(160 - ((p.v - lo) / (hi - lo || 1)) * 150).toFixed(1)}`,
  )
  return `<svg viewBox="0 0 300 160" width="100%" height="160" role="img"><polyline fill="none" stroke="currentColor" stroke-width="1.5" points="${xy.join(' ')}"/></svg>`
}

/** The file name of the build's stylesheet, in `distDir`/assets. */
export function buildStylesheet(distDir) {
  return readdirSync(join(distDir, 'assets')).find((name) => name.endsWith('.css'))
}

/** The first screen's markup: what the reference page's <body> holds. */
export function firstScreenBody() {
  const index = read('index.json')
  const people = new Map(index.people.map((p) => [p.id, p]))
  const sessions = read('sessions.json').sessions
  const developments = read('developments.json').developments
  const quotes = read('quotes.json').quotes.slice(0, 10)
  const instruments = read('markets.json').instruments
  const timeline = [
    ...sessions.map(
      (s) =>
        `<li class="rounded border border-line p-2"><h3 class="font-semibold">${escape(s.title)}</h3><p class="text-sm">${escape(s.venue ?? '')} · ${escape(s.start)}</p><p class="text-sm">${escape(s.summary ?? '')}</p></li>`,
    ),
    ...developments.map(
      (d) =>
        `<li class="rounded border border-line p-2"><h3 class="font-semibold">${escape(d.title)}</h3><p class="text-sm">${escape(d.at)}</p></li>`,
    ),
  ].join('')
  const wall = quotes
    .map(
      (q) =>
        `<li class="rounded border border-line p-2"><p class="font-semibold">${escape(people.get(q.personId)?.name ?? q.personId)}</p><blockquote>${escape(q.text)}</blockquote></li>`,
    )
    .join('')
  const markets = instruments
    .map((i) => {
      const series = read(`series/${i.id}.json`)
      return `<section class="rounded border border-line p-2"><h3 class="font-semibold">${escape(i.name)}</h3><p class="tabular-nums">${number(i.last)} <span>${number(i.changePercent)}%</span></p>${chart(series.points)}</section>`
    })
    .join('')
  return `<div class="p-3">
<header class="mb-3 rounded-lg border border-line bg-surface px-3 py-2"><h1 class="text-lg font-semibold">${escape(index.title)}</h1></header>
<main class="grid grid-cols-3 gap-3">
<section class="overflow-y-auto" style="height:calc(100vh - 6rem)"><h2 class="font-semibold">Timeline</h2><ol class="space-y-2">${timeline}</ol></section>
<section class="overflow-y-auto" style="height:calc(100vh - 6rem)"><h2 class="font-semibold">Quotes</h2><ol class="space-y-2">${wall}</ol></section>
<section class="grid grid-cols-2 gap-2 content-start"><h2 class="col-span-2 font-semibold">Markets</h2>${markets}</section>
</main></div>`
}

/** The page's HTML; `distDir` holds the build whose stylesheet it links. */
export function staticFirstScreen(distDir) {
  return `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Trade Talks Monitor (static reference)</title><link rel="stylesheet" href="./assets/${buildStylesheet(distDir)}"></head>
<body>${firstScreenBody()}</body></html>`
}
