import { useChrome } from '../hooks/chrome-context'
import { useMediaQuery } from '../hooks/use-media-query'

/** From this width (Tailwind's sm) the header shows every control. */
const roomyHeaderQuery = '(min-width: 40rem)'

export function useRoomyHeader(): boolean {
  return useMediaQuery(roomyHeaderQuery)
}

/**
 * Whether the dashboard's header says where the talks stand: in full and with room. Where it does
 * the briefing under it does not say it again; on a phone, or with ?header=0, the briefing does.
 */
export function useTalksStatusInHeader(): boolean {
  const { header } = useChrome()
  return useRoomyHeader() && header
}
