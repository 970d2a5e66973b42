import { expect, test, type Page } from '@playwright/test'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'
import { docSnippet, nginxHeaders, recordViolations } from './docs-snippets'
import { settled } from './page-ready'

const dist = resolve('dist')

/** The demo fixtures' quote and S&P 500 figure on screen, from whichever feed served them. */
async function expectDemoFigures(page: Page) {
  await expect(
    page.getByRole('region', { name: 'Quote wall' }).getByText('China’s not easy.'),
  ).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Market snapshot' }).getByText('6,005.88').first(),
  ).toBeVisible()
}

async function expectDemoDashboard(page: Page) {
  await expect(page.getByText('Demo data')).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Lancaster House').first(),
  ).toBeVisible()
  await expectDemoFigures(page)
}

test.describe('deployment', () => {
  let server: StaticServer | undefined
  test.afterEach(async () => {
    await server?.close()
    server = undefined
  })

  test('dist/ served under a deep sub-path by a server with no fallback: every file loads, deep links survive a reload', async ({
    page,
  }) => {
    // No SPA fallback: an unknown path is a 404, as on the plainest static server.
    server = await startStaticServer({
      root: dist,
      basePath: '/intranet/tools/trade/talks/',
      spaFallback: false,
    })
    const problems: string[] = []
    const loaded: string[] = []
    page.on('response', (response) => {
      loaded.push(response.url())
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    page.on('requestfailed', (request) => {
      // A request cut short by the test's own next navigation is not a missing file.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`failed ${request.url()} ${request.failure()?.errorText}`)
    })
    page.on('request', (request) => {
      if (!request.url().startsWith(server!.url))
        problems.push(`outside the sub-path: ${request.url()}`)
    })

    await page.goto(server.url)
    await expectDemoDashboard(page)
    expect(loaded.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true)
    expect(loaded.some((url) => /\/assets\/.+\.css$/.test(url))).toBe(true)
    expect(loaded).toContain(`${server.url}config.json`)

    const deepLink = `${server.url}?view=quotes&tz=Europe%2FLondon&topic=chip-export-controls`
    await page.goto(deepLink)
    const quotes = page.getByRole('region', { name: 'Quote wall' })
    await expect(quotes).toBeVisible()
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0)
    await page.reload()
    expect(page.url()).toBe(deepLink)
    await expect(page.getByRole('region', { name: 'Quote wall' })).toBeVisible()
    await expect(page.getByText('Demo data')).toBeVisible()

    // One chart alone: its card's last value (no snapshot strip there).
    await page.goto(`${server.url}?view=markets&instrument=spx`)
    const spxCard = page.getByRole('article', { name: 'S&P 500' })
    await expect(spxCard.getByText('6,005.88 points')).toBeVisible()
    await page.reload()
    await expect(spxCard.getByText('6,005.88 points')).toBeVisible()
    expect(problems).toEqual([])
  })

  test('the build runs under the documented Content-Security-Policy with no violation, on every view', async ({
    page,
  }) => {
    const headers = nginxHeaders()
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/)
    expect(headers['content-security-policy']).toMatch(/object-src 'none'/)
    expect(headers['content-security-policy']).toMatch(/base-uri 'none'/)
    expect(headers['content-security-policy']).toMatch(/frame-ancestors /)
    expect(headers['x-content-type-options']).toBe('nosniff')
    server = await startStaticServer({ root: dist, basePath: '/tools/talks/', headers })
    await page.addInitScript(recordViolations)
    const consoleCsp: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text())
    })

    const response = await page.goto(server.url)
    expect(response?.headers()['content-security-policy']).toBe(headers['content-security-policy'])
    await expectDemoDashboard(page)
    await page.getByRole('button', { name: 'Share / embed' }).click()
    await expect(page.getByRole('dialog', { name: 'Share / embed' })).toBeVisible()
    await page.getByRole('dialog').getByRole('button', { name: 'Copy iframe' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    const violationsOf = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
    expect(await violationsOf()).toEqual([])

    for (const query of [
      '?view=timeline',
      '?view=quotes',
      '?view=markets',
      '?view=markets&instrument=hstech',
      '?view=snapshot',
      '?kiosk&theme=dark',
      '?theme=transparent&header=0',
    ]) {
      await page.goto(server.url + query)
      await expect(page.getByText('Demo data')).toBeVisible()
      await expect(page.getByRole('region').first()).toBeVisible()
      await settled(page, { charts: !query.includes('snapshot') })
      expect(await violationsOf(), query).toEqual([])
    }
    expect(consoleCsp).toEqual([])
  })
})

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

const hasPython = spawnSync('python3', ['--version']).status === 0

test.describe('the deployment guide, run as written', () => {
  let www = ''
  let python: ChildProcess | undefined
  const pythonLog: string[] = []

  test.beforeAll(async () => {
    // Never a silent skip: the guide's plain-server example needs python3.
    if (!hasPython)
      throw new Error(
        "python3 is missing: docs/deploy.md's plain static server example needs it (apt-get install -y python3)",
      )
    www = mkdtempSync(join(tmpdir(), 'ttm-www-'))
    const port = await freePort()
    // The example's commands, with /srv/www and the port swapped for a temporary folder and a free port.
    const lines = docSnippet('deploy.md', 'plain-server')
      .replaceAll('/srv/www', www)
      .replaceAll('8080', String(port))
      .split('\n')
    const serve = lines.pop()!
    const setup = spawnSync('sh', ['-ec', lines.join('\n')], { encoding: 'utf8' })
    expect(setup.status, setup.stderr).toBe(0)
    const [command, ...args] = serve.split(/\s+/)
    python = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    python.stderr?.on('data', (chunk: Buffer) => pythonLog.push(...chunk.toString().split('\n')))
    await expect
      .poll(async () =>
        fetch(`http://127.0.0.1:${port}/tools/talks/`)
          .then((r) => r.status)
          .catch(() => 0),
      )
      .toBe(200)
    test
      .info()
      .annotations.push({ type: 'server', description: `python3 http.server on port ${port}` })
    process.env.TTM_PLAIN_URL = `http://127.0.0.1:${port}/tools/talks/`
  })

  test.afterAll(() => {
    python?.kill()
    if (www) rmSync(www, { recursive: true, force: true })
  })

  test('a plain static server runs the demo', async ({ page }) => {
    await page.goto(process.env.TTM_PLAIN_URL!)
    await expectDemoDashboard(page)
  })

  test('config.json switches the same build to a feed published as static files, polled with conditional requests', async ({
    page,
  }) => {
    writeFileSync(join(www, 'tools/talks/config.json'), docSnippet('deploy.md', 'config'))
    cpSync(resolve('mocks/fixtures'), join(www, 'feeds/talks.new'), { recursive: true })
    const publish = docSnippet('deploy.md', 'publish-feed').replaceAll('/srv/www', www)
    const run = spawnSync('sh', ['-ec', publish], { encoding: 'utf8' })
    expect(run.status, run.stdout + run.stderr).toBe(0)

    const feedRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/feeds/talks/')) feedRequests.push(request.url())
    })
    await page.goto(`${process.env.TTM_PLAIN_URL!}?refresh=5`)
    await expectDemoFigures(page)
    // Not the built-in demo: the feed's own files (which, being the demo fixtures, say "demo": true).
    await expect(page.getByTitle(/^Built-in demonstration data/)).toHaveCount(0)
    await expect(page.getByTitle(/^The feed marks its data as demonstration data/)).toBeVisible()
    expect(feedRequests.some((url) => url.endsWith('/feeds/talks/quotes.json'))).toBe(true)
    // The next polls revalidate: the server answers 304 Not Modified for the unchanged files.
    await expect
      .poll(
        () =>
          pythonLog.filter((line) => /GET \/feeds\/talks\/\S+ HTTP\/1\.1" 304/.test(line)).length,
      )
      .toBeGreaterThan(0)
  })
})
