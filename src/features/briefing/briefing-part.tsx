import type { ReactNode } from 'react'
import { useFocusKept } from './use-focus-kept'

/**
 * Two rows, each there from the first paint: the talks and the issues; what is new and the moves.
 * Parts that arrive at different times then never move one another to another line (layout shift).
 */
export const rowClass = 'flex flex-wrap items-baseline gap-x-4 gap-y-2'

/**
 * Sizes that keep the parts in place while they load (a layout shift otherwise). The first of a row
 * keeps room for its usual text; the last fills the row and wraps its items inside, so when it grows
 * (issues or moves arriving, "since you last looked" added) it stays where it is instead of moving
 * to the next line. It takes a line of its own only below 20rem (a phone).
 */
const partSize = {
  talks: 'sm:min-w-[18rem]',
  news: 'sm:min-w-[14rem]',
  fills: 'flex-[1_1_20rem]',
} as const

export function Part({
  label,
  size,
  children,
}: {
  label: string
  size: keyof typeof partSize
  children: ReactNode
}) {
  // A refresh can take away the control the viewer is on: the part keeps the focus then.
  const keep = useFocusKept<HTMLDivElement>()
  return (
    <div
      {...keep}
      role="group"
      aria-label={label}
      className={`flex min-w-0 items-baseline gap-x-2 gap-y-0.5 flex-wrap ${partSize[size]}`}
    >
      {children}
    </div>
  )
}
