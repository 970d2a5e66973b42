import { FeedError } from '../feed/feed-error'

/**
 * A feed on another site that "could not be reached": the browser says no more (a server that is
 * down and one that does not allow this page look the same to it), so the header names the address
 * and the two things such a feed needs (docs/deploy.md): the feed's server allowing this page's
 * origin, and this page's Content-Security-Policy allowing the feed's.
 */
export function UnreachedFeedHint({ error, indexUrl }: { error: Error; indexUrl: string }) {
  if (!(error instanceof FeedError) || error.kind !== 'network') return null
  const page = window.location.origin
  const feed = new URL(indexUrl).origin
  if (feed === page) return null
  return (
    <>
      . Looked for it at {indexUrl}: if that server is up, it must allow this page (
      <code>Access-Control-Allow-Origin: {page}</code>), and this page’s Content-Security-Policy
      must list <code>{feed}</code> in <code>connect-src</code> (docs/deploy.md)
    </>
  )
}
