import { useDensity } from '../hooks/use-density'

/** Comfortable or compact (?density=compact): one-line quote rows and folded quote filters. */
export function DensitySwitch() {
  const [density, setDensity] = useDensity()
  const compact = density === 'compact'
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={compact}
      title="Compact: one-line quote rows that open on focus, filters folded into chips"
      onClick={() => setDensity(compact ? 'comfortable' : 'compact')}
    >
      <span aria-hidden="true">{compact ? '☰' : '≡'} </span>Compact
    </button>
  )
}
