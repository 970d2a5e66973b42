import { expect, test, type Page } from '@playwright/test'
import { serveMultiMonthFeed, type ServedMultiMonthFeed } from './serve-multi-month-feed'
import { chartsDrawn } from './page-ready'

// A card's last-value line keeps two lines (level with its neighbours' while the pointer reads
// them all). Rebased to a development with a long title on a daily series, the line ran to three:
// the third was cut off unmarked, and the card read "+1.37% since Ministry of Commerce", an event
// the feed does not have, with no sign that anything followed.
test.use({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } })

let served: ServedMultiMonthFeed

test.beforeAll(async () => {
  served = await serveMultiMonthFeed()
})

test.afterAll(async () => {
  await served?.close()
})

/** Each card's readout on screen that holds more than it shows, unless it marks the cut. */
function unmarkedCuts(page: Page) {
  return page
    .getByRole('region', { name: 'Market reaction' })
    .getByTestId('market-readout')
    .evaluateAll((lines) =>
      lines
        .filter((line) => {
          const style = getComputedStyle(line)
          const cut = line.scrollHeight > line.clientHeight + 1 && style.overflowY !== 'visible'
          const marked = style.webkitLineClamp !== 'none' && style.textOverflow === 'ellipsis'
          return cut && !marked
        })
        .map((line) => line.textContent),
    )
}

test('a last-value line too long for its two lines ends in an ellipsis, the whole in its tooltip', async ({
  page,
}) => {
  await page.goto(`${served.app.url}?development=mofcom-rare-earth-licences`)
  await chartsDrawn(page)
  const card = page
    .getByRole('region', { name: 'Market reaction' })
    .getByRole('article', { name: 'S&P 500' })
  const readout = card.getByTestId('market-readout')
  await expect(readout).toHaveText(/since Ministry of Commerce confirms/)
  await expect(readout).toHaveAttribute('title', /since Ministry of Commerce confirms/)
  // The test's premise: the line holds more than its two lines show.
  expect(await readout.evaluate((line) => line.scrollHeight > line.clientHeight + 1)).toBe(true)
  expect(await unmarkedCuts(page)).toEqual([])
})
