import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  followsStorageKey,
  isFollowedBy,
  useFollows,
  type Followable,
} from '../../src/hooks/use-follows'
import { renderWithFeed, testRuntime } from '../render'

const runtime = testRuntime()

const quote: Followable = { personId: 'scott-bessent', topicIds: ['rare-earths'] }
const development: Followable = { personIds: ['mofcom'], topicIds: ['export-controls'] }

function Controls() {
  const { isFollowing, isFollowed, toggle } = useFollows()
  return (
    <>
      <button
        type="button"
        aria-pressed={isFollowing('person', 'scott-bessent')}
        onClick={() => toggle('person', 'scott-bessent')}
      >
        Follow Scott Bessent
      </button>
      <button
        type="button"
        aria-pressed={isFollowing('topic', 'export-controls')}
        onClick={() => toggle('topic', 'export-controls')}
      >
        Follow Export controls
      </button>
      <p>quote {isFollowed(quote) ? 'highlighted' : 'plain'}</p>
      <p>development {isFollowed(development) ? 'highlighted' : 'plain'}</p>
    </>
  )
}

describe('useFollows', () => {
  it('follows and unfollows people and topics; items by them are followed', async () => {
    renderWithFeed(<Controls />, { runtime })
    expect(screen.getByText('quote plain')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Follow Scott Bessent' }))
    expect(screen.getByRole('button', { name: 'Follow Scott Bessent' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByText('quote highlighted')).toBeInTheDocument()
    expect(screen.getByText('development plain')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Follow Export controls' }))
    expect(screen.getByText('development highlighted')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Follow Scott Bessent' }))
    expect(screen.getByText('quote plain')).toBeInTheDocument()
  })

  it('survives a reload and is kept per feed', async () => {
    const { unmount } = renderWithFeed(<Controls />, { runtime })
    await userEvent.click(screen.getByRole('button', { name: 'Follow Scott Bessent' }))
    unmount()
    renderWithFeed(<Controls />, { runtime })
    expect(screen.getByRole('button', { name: 'Follow Scott Bessent' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(window.localStorage.getItem(followsStorageKey(runtime.feedBaseUrl))).toContain(
      'scott-bessent',
    )
    expect(window.localStorage.getItem(followsStorageKey('http://other.feed/'))).toBeNull()
  })

  it('ignores a broken stored value', () => {
    window.localStorage.setItem(followsStorageKey(runtime.feedBaseUrl), '{"people": 5')
    renderWithFeed(<Controls />, { runtime })
    expect(screen.getByRole('button', { name: 'Follow Scott Bessent' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  it('isFollowedBy (pure)', () => {
    const follows = { people: new Set(['mofcom']), topics: new Set<string>() }
    expect(isFollowedBy(follows, development)).toBe(true)
    expect(isFollowedBy(follows, quote)).toBe(false)
    expect(isFollowedBy(follows, {})).toBe(false)
  })
})
