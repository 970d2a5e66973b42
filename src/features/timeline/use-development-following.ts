import type { Development } from '../../feed/schemas/types'
import { useLiveFollowing } from '../../hooks/use-live-following'

const describeDevelopment = (d: Development) => ({ title: `New: ${d.title}`, body: d.summary })

/** Which developments are new since the last visit, and a toast for a followed one (never in replay). */
export function useDevelopmentFollowing(
  developments: readonly Development[] | undefined,
  replay: boolean,
) {
  const { seen, following } = useLiveFollowing('development', developments, {
    replay,
    describe: describeDevelopment,
    regionId: 'timeline',
  })
  return { seen, isFollowed: following.isFollowed }
}
