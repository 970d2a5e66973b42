import type { Party } from '../../feed/schemas/types'

const sideText: Record<string, string> = { us: 'text-us', cn: 'text-cn' }

/** The side's text colour class: the US, China, or everyone else (analysts, media, observers). */
export const sideTextClass = (party: Party | undefined): string =>
  sideText[party?.id ?? ''] ?? 'text-observers'

/**
 * The side's icon (shape, not colour alone) beside its label: the US and China by small flag
 * shapes, analysts and media by a document. Decorative: the label next to it carries the meaning.
 */
export function SideIcon({ party }: { party: Party | undefined }) {
  const common = {
    width: 14,
    height: 14,
    viewBox: '0 0 14 14',
    'aria-hidden': true,
    className: 'shrink-0',
  } as const
  if (party?.id === 'us') {
    return (
      <svg {...common}>
        <rect x="0.5" y="2.5" width="13" height="9" fill="none" stroke="currentColor" />
        <rect x="0.5" y="2.5" width="5.5" height="4.5" fill="currentColor" />
        <path d="M6 5h7.5M0.5 9h13" stroke="currentColor" />
      </svg>
    )
  }
  if (party?.id === 'cn') {
    return (
      <svg {...common}>
        <rect x="0.5" y="2.5" width="13" height="9" fill="none" stroke="currentColor" />
        <path
          d="M3.5 4l.6 1.4 1.5.1-1.1 1 .3 1.5-1.3-.8-1.3.8.3-1.5-1.1-1 1.5-.1z"
          fill="currentColor"
        />
      </svg>
    )
  }
  if (party?.kind === 'observers') {
    return (
      <svg {...common}>
        <path d="M3 1.5h6l2.5 2.5v8.5h-8.5z" fill="none" stroke="currentColor" />
        <path d="M5 6h4.5M5 8h4.5M5 10h3" stroke="currentColor" />
      </svg>
    )
  }
  return (
    <svg {...common}>
      <circle cx="7" cy="7" r="5.5" fill="none" stroke="currentColor" />
    </svg>
  )
}
