import type { ReactNode } from 'react'

type Tone = 'neutral' | 'accent' | 'good' | 'warn' | 'danger'

const toneClass: Record<Tone, string> = {
  neutral: 'border-line text-muted',
  accent: 'border-accent text-accent',
  good: 'border-good text-good',
  warn: 'border-warn text-warn',
  danger: 'border-danger text-danger',
}

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: Tone
  children: ReactNode
  title?: string
}) {
  return (
    <span
      title={title}
      className={`inline-flex max-w-full shrink-0 items-center gap-1 overflow-hidden rounded border px-1.5 py-0.5 text-xs leading-none whitespace-nowrap ${toneClass[tone]}`}
    >
      {children}
    </span>
  )
}
