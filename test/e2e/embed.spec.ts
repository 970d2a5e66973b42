import { expect, test } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'
import { docSnippet, nginxHeaders, recordViolations } from './docs-snippets'

type Recorded = {
  origin: string
  data: { type?: string; version?: number; height?: number; view?: string }
}

test.describe('embedding in a host page of another site', () => {
  const servers: StaticServer[] = []
  let hostDir = ''
  let app: StaticServer
  let hostOrigin = ''
  let foreignOrigin = ''

  test.beforeAll(async () => {
    hostDir = mkdtempSync(join(tmpdir(), 'ttm-host-'))
    const host = await startStaticServer({ root: hostDir })
    const foreign = await startStaticServer({ root: resolve('test/e2e/host') })
    servers.push(host, foreign)
    // The host and the foreign page are "localhost" sites; the dashboard is "127.0.0.1": cross-site.
    hostOrigin = `http://localhost:${host.port}`
    foreignOrigin = `http://localhost:${foreign.port}`
    // The dashboard is served with the headers of docs/deploy.md, allowing the host to frame it.
    const headers = nginxHeaders()
    headers['content-security-policy'] = headers['content-security-policy']!.replace(
      'https://portal.example',
      hostOrigin,
    )
    app = await startStaticServer({ root: resolve('dist'), basePath: '/tools/talks/', headers })
    servers.push(app)

    // The host page: the snippet of docs/embedding.md as written, with the real addresses.
    const snippet = docSnippet('embedding.md', 'host')
      .replaceAll('https://intranet.example/tools/talks/', app.url)
      .replaceAll('https://intranet.example', app.origin)
      .replaceAll(encodeURIComponent('https://portal.example'), encodeURIComponent(hostOrigin))
    expect(snippet).not.toContain('example')
    copyFileSync(resolve('test/e2e/host/record-messages.js'), join(hostDir, 'record-messages.js'))
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<script src="record-messages.js"></script></head><body><h1>Portal</h1>
${snippet}
<iframe id="wrong-parent" src="${app.url}?view=snapshot&parent=${encodeURIComponent('https://elsewhere.example')}" title="Wrongly addressed" width="100%" height="200" data-trade-talks-monitor></iframe>
<iframe id="foreign" src="${foreignOrigin}/foreign.html" title="Foreign" width="100%" height="123" data-trade-talks-monitor></iframe>
</body></html>`,
    )
  })

  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
    rmSync(hostDir, { recursive: true, force: true })
  })

  test('two panels render in iframes and are sized by their height messages; a foreign message is ignored', async ({
    page,
    context,
  }) => {
    await context.addInitScript(recordViolations)
    await page.goto(`${hostOrigin}/`)
    const timeline = page.frameLocator('iframe[title="Trade talks timeline"]')
    const quotes = page.frameLocator('iframe[title="Trade talks quote wall"]')
    await expect(
      timeline.getByRole('region', { name: 'Timeline' }).getByText('Lancaster House').first(),
    ).toBeVisible()
    await expect(
      quotes.getByRole('region', { name: 'Quote wall' }).getByText('China’s not easy.'),
    ).toBeVisible()
    await expect(timeline.getByText('Demo data')).toBeVisible()
    await expect(quotes.getByRole('region', { name: 'Timeline' })).toHaveCount(0)
    await expect(page.frameLocator('#wrong-parent').getByText('Demo data')).toBeVisible()

    // Height messages come from the dashboard's origin, in the documented format.
    const messages = () =>
      page.evaluate(() => (window as unknown as { __messages: Recorded[] }).__messages)
    await expect
      .poll(async () =>
        (await messages()).filter((m) => m.origin === app.origin).map((m) => m.data.view),
      )
      .toEqual(expect.arrayContaining(['timeline', 'quotes']))
    const fromApp = (await messages()).filter((m) => m.origin === app.origin)
    for (const message of fromApp) {
      expect(message.data).toEqual({
        type: 'trade-talks-monitor:height',
        version: 1,
        height: expect.any(Number),
        view: expect.stringMatching(/^(timeline|quotes)$/),
      })
    }
    // The frame addressed to another parent origin sent nothing the host could read.
    expect(fromApp.some((m) => m.data.view === 'snapshot')).toBe(false)

    // Each iframe settles at its content's height: the last message of its view, no inner scrollbar.
    for (const [title, view] of [
      ['Trade talks timeline', 'timeline'],
      ['Trade talks quote wall', 'quotes'],
    ] as const) {
      const frame = page.locator(`iframe[title="${title}"]`)
      const inner = page.frameLocator(`iframe[title="${title}"]`).locator('html')
      await frame.scrollIntoViewIfNeeded()
      await expect
        .poll(async () => {
          const last = (await messages())
            .filter((m) => m.origin === app.origin && m.data.view === view)
            .at(-1)
          const height = Number(await frame.getAttribute('height'))
          const overflow = await inner.evaluate((root) => root.scrollHeight - window.innerHeight)
          return {
            matchesLastMessage: height === last?.data.height,
            tall: height > 200,
            noScrollbar: overflow <= 1,
          }
        })
        .toEqual({ matchesLastMessage: true, tall: true, noScrollbar: true })
    }

    // The foreign page's forged messages arrive, and the snippet ignores them.
    expect(
      (await messages()).some((m) => m.origin === foreignOrigin && m.data.height === 4321),
    ).toBe(true)
    await expect(page.locator('#foreign')).toHaveAttribute('height', '123')

    // The embedded dashboard ran under the documented CSP with no violation.
    for (const frame of page.frames().filter((f) => f.url().startsWith(app.url))) {
      expect(
        await frame.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        ),
      ).toEqual([])
    }
  })

  test('a site not listed in frame-ancestors cannot frame the dashboard', async ({ page }) => {
    const outsider = `${foreignOrigin}/foreign.html`
    await page.goto(outsider)
    // The frame's load event fires for the refused page too: by then the browser has decided.
    await page.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe')
          frame.src = src
          frame.title = 'Not allowed'
          frame.addEventListener('load', () => resolve(), { once: true })
          document.body.append(frame)
        }),
      `${app.url}?view=quotes`,
    )
    const framed = page.frames().find((f) => f.url().startsWith(app.url))
    const text = framed
      ? await framed
          .locator('body')
          .innerText()
          .catch(() => '')
      : ''
    expect(text).not.toContain('Quote wall')
  })
})
