/**
 * Feed format 1.x, cache layout 2 (each answer's data apart): change either and old copies (the feed cache, the first-screen
 * snapshot) are dropped unread. Its own module: the page's first chunk reads it without the cache.
 */
export const feedCacheVersion = 'feed-1/cache-2'
