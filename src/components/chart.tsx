import type { CSSProperties, ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

/**
 * What each series of a chart is called and which theme colour draws it. Colours are CSS
 * variables from the theme (`var(--chart-1)`), never hex literals; a series reads its colour as
 * `var(--color-<key>)` (see `seriesColor`).
 */
export type ChartConfig = Record<string, { label: string; color: string }>

/** The colour variable the container defines for a series key. */
export function seriesColor(key: string): string {
  return `var(--color-${key})`
}

type ChartContainerProps = {
  config: ChartConfig
  /** Fixed height in pixels: the box is reserved before the chart draws, so nothing shifts. */
  height: number
  /** A Recharts chart with `accessibilityLayer` on (keyboard and screen-reader support). */
  children: ReactElement
  className?: string
}

/**
 * A small wrapper around a Recharts chart, after shadcn/ui's `ChartContainer`: sizes the chart to
 * its box and exposes each configured series colour as `--color-<key>`.
 */
export function ChartContainer({ config, height, children, className = '' }: ChartContainerProps) {
  const style: Record<string, string | number> = { height }
  for (const [key, { color }] of Object.entries(config)) style[`--color-${key}`] = color
  return (
    <div
      data-chart=""
      className={`w-full text-xs [&_.recharts-cartesian-axis-tick_text]:fill-muted ${className}`}
      style={style as CSSProperties}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  )
}
