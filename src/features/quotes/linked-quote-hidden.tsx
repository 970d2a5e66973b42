/** Said when the quote a link names is in the feed but hidden by the filters in force. */
export function LinkedQuoteHidden({ onShow }: { onShow: () => void }) {
  return (
    <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      The linked quote is hidden by the filters.{' '}
      <button type="button" className="btn" onClick={onShow}>
        Show it
      </button>
    </p>
  )
}
