/** Grey bars the size of the coming content, announced as loading. */
export function Skeleton({
  label,
  rows = 4,
  rowHeight = '1.25rem',
}: {
  label: string
  rows?: number
  rowHeight?: string
}) {
  return (
    <div role="status" aria-label={label} className="space-y-2" data-loading>
      {Array.from({ length: rows }, (_, i) => (
        <div
          key={i}
          className="skeleton rounded"
          style={{ height: rowHeight, width: `${90 - (i % 3) * 15}%` }}
        />
      ))}
    </div>
  )
}
