import { expect, test } from '@playwright/test'
import { serveCrossSiteHost, type CrossSiteHost } from './cross-site-host'

// ?theme=transparent leaves the page's background to the host. A browser paints a frame opaque
// when its colour scheme differs from its host's: a light host page seen on a dark system turned
// the frame black around the panels.
test.use({ colorScheme: 'dark' })

let served: CrossSiteHost

test.beforeAll(async () => {
  // A host page of the intranet's own (test page): yellow, with no colour scheme of its own.
  served = await serveCrossSiteHost(
    (appUrl) =>
      `<body style="margin:0;background:#ffeb3b"><iframe title="Talks" src="${appUrl}?view=quotes&theme=transparent" width="600" height="400" style="border:0"></iframe></body>`,
  )
})

test.afterAll(async () => {
  await served?.close()
})

test('a transparent frame shows its host page’s background on a dark system', async ({ page }) => {
  await page.goto(served.hostUrl)
  await expect(page.frameLocator('iframe').getByText(/\d+ of \d+ quotes/)).toBeVisible()
  // The frame's top left corner lies outside its panel: the host's yellow, read off a screenshot.
  const png = (await page.screenshot({ clip: { x: 2, y: 2, width: 1, height: 1 } })).toString(
    'base64',
  )
  const [r, g, b] = await page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    return [...context.getImageData(0, 0, 1, 1).data]
  }, png)
  expect([r, g, b]).toEqual([0xff, 0xeb, 0x3b])
})
