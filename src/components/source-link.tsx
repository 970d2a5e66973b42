import { safeHttpUrl } from '../lib/safe-url'

/**
 * A source by name: a link (new tab, no opener, no referrer) only when its URL is http or https;
 * any other URL (javascript:, data:, vbscript:, relative, malformed) shows the name as plain text.
 */
export function SourceLink({
  name,
  url,
  className,
}: {
  name: string
  url?: string | null
  className?: string
}) {
  const href = safeHttpUrl(url)
  if (href === null) return <span className={className}>{name}</span>
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`underline decoration-dotted underline-offset-2 hover:text-accent ${className ?? ''}`}
    >
      {name}
    </a>
  )
}
