import { useCallback } from 'react'
import { useQuery } from '@tanstack/react-query'
import {
  developmentsQueries,
  indexQueries,
  quotesQueries,
  sessionsQueries,
} from '../../feed/queries'
import { hasUnreadable } from '../../feed/unreadable-records'
import { useFeed } from '../../hooks/use-feed'
import { talksEndAt } from './talks-end'

/**
 * The talks' last moment (see talksEndAt), from the documents the page has loaded: never asks for
 * them. Null while any of them is missing or has records that could not be read (a development or
 * quote not read may be later), and for a feed with nothing dated in them. A function: a long
 * feed's dates are read only when a price is old enough to ask.
 */
export function useTalksEnd(): () => number | null {
  const feed = useFeed()
  const index = useQuery({ ...indexQueries.detail(feed), enabled: false }).data
  const sessions = useQuery({ ...sessionsQueries.list(feed), enabled: false }).data
  const developments = useQuery({ ...developmentsQueries.list(feed), enabled: false }).data
  const quotes = useQuery({ ...quotesQueries.list(feed), enabled: false }).data
  return useCallback(() => {
    if (!index || !sessions || !developments || !quotes) return null
    if (
      hasUnreadable(index.problems, 'rounds') ||
      hasUnreadable(sessions.problems, 'sessions') ||
      hasUnreadable(developments.problems, 'developments') ||
      hasUnreadable(quotes.problems, 'quotes')
    )
      return null
    const end = talksEndAt(
      index.rounds,
      sessions.sessions,
      developments.developments,
      quotes.quotes,
    )
    // A feed with no dated news at all says nothing of when the talks ended.
    return end === -Infinity ? null : end
  }, [index, sessions, developments, quotes])
}
