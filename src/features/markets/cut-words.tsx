/**
 * Words that may hold an event's name cut short ("… rare earth export lic…"): shown as they are,
 * read by screen readers with the whole name (`whole`). The element around them gives the whole in
 * its tooltip (`title`). Nothing moves: the whole words take no room on screen.
 */
export function CutWords({ shown, whole }: { shown: string; whole: string }) {
  if (shown === whole) return shown
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="sr-only">{whole}</span>
    </>
  )
}
