import { useState, type HTMLAttributes } from 'react'
import { usePrinting } from '../hooks/use-printing'
import { textCut } from '../lib/text-cut'

type Props = {
  text: string
  /** What the text is, for its button: "summary" reads "Read the whole summary". */
  what: string
  className?: string
  /** The button's place in its list's keyboard order (tabIndex, roving markers). */
  buttonProps?: HTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>
}

/**
 * A paragraph of the feed's text. Past textCut's length it shows its first lines and a button for
 * the rest, so one long summary does not fill the list; on paper it is whole.
 */
export function LongText({ text, what, className, buttonProps }: Props) {
  const cut = textCut(text)
  if (cut === null)
    return (
      <p className={className} dir="auto">
        {text}
      </p>
    )
  return (
    <CutText text={text} cut={cut} what={what} className={className} buttonProps={buttonProps} />
  )
}

function CutText({ text, cut, what, className, buttonProps }: Props & { cut: number }) {
  const [opened, setOpened] = useState(false)
  const printing = usePrinting()
  const whole = opened || printing
  return (
    <p className={className}>
      <span dir="auto">{whole ? text : `${text.slice(0, cut)}…`}</span>{' '}
      <button
        type="button"
        {...buttonProps}
        className="rounded font-medium whitespace-nowrap text-accent hover:underline print:hidden"
        aria-expanded={whole}
        onClick={() => setOpened(!whole)}
      >
        {whole
          ? 'Show less'
          : `Read the whole ${what} (${text.length.toLocaleString('en-GB')} characters)`}
      </button>
    </p>
  )
}
