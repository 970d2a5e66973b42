import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import indexDoc from '../../../mocks/fixtures/index.json'
import { Briefing } from '../../../src/app/briefing'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { renderWithFeed } from '../../render'

// A round name with a line break (or a tab, a Unicode line separator...) split a line of the
// copied briefing: "Since London round" on one line, "(test) began: S&P 500 ..." on the next.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

afterEach(() => window.history.replaceState(null, '', '/'))

describe('the briefing copied as text, with control characters in the feed’s names', () => {
  it('keeps each line one line', async () => {
    const user = userEvent.setup()
    server.use(
      http.get('*/demo-feed/index.json', () =>
        HttpResponse.json({
          ...indexDoc,
          title: 'US–China trade talks\r\n(test title)',
          rounds: indexDoc.rounds.map((round) => ({
            ...round,
            name: 'London round\n(test:\u2028line\tbreaks)',
          })),
        }),
      ),
    )
    window.history.replaceState(null, '', '/?tz=Europe/London')
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, header: true }}>
        <Briefing />
      </ChromeContext>,
      { now: articleMoment },
    )
    const strip = screen.getByRole('region', { name: 'Briefing' })
    await within(strip).findByText('S&P 500')
    await user.click(within(strip).getByRole('button', { name: 'Copy the briefing as text' }))
    const lines = (await navigator.clipboard.readText()).split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^US–China trade talks \(test title\), as of Tue 10 Jun, 09:15 BST/)
    expect(lines[3]).toMatch(/^Since London round \(test: line breaks\) began: S&P 500 \+0\.09%/)
    for (const line of lines) expect(line).not.toMatch(/[\p{Cc}\u2028\u2029]/u)
  })
})
