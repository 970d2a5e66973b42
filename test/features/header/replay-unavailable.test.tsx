import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReplayBar } from '../../../src/features/header/replay-bar'
import { renderWithFeed } from '../../render'
import { server } from '../../../mocks/node'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'

// Replay is disabled until the sessions, developments and quotes are in and something is dated
// before now; the disabled button said nothing of why. It says so now, only what the data says:
// quotes that failed to load are not "no quotes".

const replayButton = () => screen.findByRole('button', { name: /Replay/ })

describe('the Replay button, when replay is unavailable', () => {
  it('says the quotes could not be loaded when they failed, never that there are none', async () => {
    window.history.replaceState(null, '', '/?tz=UTC')
    // No quotes.json: served as a 404.
    server.use(...serveFeed({ ...threeRoundsFeed(), 'quotes.json': undefined }))
    renderWithFeed(<ReplayBar />)
    const button = await replayButton()
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription(
        'Replay is unavailable: it needs the quotes, which could not be loaded',
      ),
    )
    expect(button).toBeDisabled()
  })

  it('says nothing read from the feed is dated before now when every list is in and empty', async () => {
    window.history.replaceState(null, '', '/?tz=UTC')
    server.use(
      ...serveFeed({
        ...threeRoundsFeed(),
        'sessions.json': { sessions: [] },
        'quotes.json': { quotes: [] },
      }),
    )
    renderWithFeed(<ReplayBar />)
    const button = await replayButton()
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription(
        'Replay is unavailable: no session, development or quote read from the feed is dated before now',
      ),
    )
    expect(button).toBeDisabled()
  })
})
