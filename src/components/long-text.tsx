import { useState, type HTMLAttributes } from 'react'
import { usePrinting } from '../hooks/use-printing'
import { textCut } from '../lib/text-cut'

type ButtonProps = HTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>

type Props = {
  text: string
  /** What the text is, for its button: "summary" reads "Read the whole summary". */
  what: string
  className?: string
  /** The button's place in its list's keyboard order (tabIndex, roving markers). */
  buttonProps?: ButtonProps
}

/**
 * Whether a cut text is shown whole, and the toggle: the viewer's choice once made, else
 * `byDefault`; always whole on paper.
 */
export function useWholeText(byDefault: boolean): [boolean, () => void] {
  const [choice, setChoice] = useState<boolean | null>(null)
  const printing = usePrinting()
  const whole = printing || (choice ?? byDefault)
  return [whole, () => setChoice(!whole)]
}

/** The button under or after a cut text: "Read the whole quote (1,391 characters)", "Show less". */
export function ReadWholeButton({
  whole,
  what,
  length,
  onToggle,
  className = '',
  buttonProps,
}: {
  whole: boolean
  what: string
  /** The whole text's length, in characters. */
  length: number
  onToggle: () => void
  className?: string
  buttonProps?: ButtonProps
}) {
  return (
    <button
      type="button"
      {...buttonProps}
      className={`rounded font-medium text-accent hover:underline print:hidden ${className}`}
      aria-expanded={whole}
      onClick={onToggle}
    >
      {whole
        ? 'Show less'
        : `Read the whole ${what} (${length.toLocaleString('en-GB')} characters)`}
    </button>
  )
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
  const [whole, toggle] = useWholeText(false)
  return (
    <p className={className}>
      <span dir="auto">{whole ? text : `${text.slice(0, cut)}…`}</span>{' '}
      <ReadWholeButton
        whole={whole}
        what={what}
        length={text.length}
        onToggle={toggle}
        className="whitespace-nowrap"
        buttonProps={buttonProps}
      />
    </p>
  )
}
