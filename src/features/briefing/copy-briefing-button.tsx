import { usePassingState } from '../../hooks/use-passing-state'
import { copyText } from '../../lib/copy-text'

/**
 * Copies the briefing as text (made at the click); says "Copied" for 2.5 s, or that it could not.
 * Not on a phone, where it would take a line of its own under the header (Share has the link).
 */
export function CopyBriefingButton({ text }: { text: () => string }) {
  const [result, setResult] = usePassingState<'copied' | 'failed'>()
  return (
    <button
      type="button"
      className="ml-auto hidden shrink-0 rounded px-0.5 font-semibold text-accent hover:underline sm:block"
      title="Copy where the talks stand, the issues and the moves as text, with a link to this page"
      aria-label="Copy the briefing as text"
      onClick={() => void copyText(text()).then((ok) => setResult(ok ? 'copied' : 'failed'))}
    >
      <span aria-live="polite">
        {result === 'copied' ? 'Copied' : result === 'failed' ? 'Could not copy' : 'Copy'}
      </span>
    </button>
  )
}
