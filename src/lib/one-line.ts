/** Line breaks and other control characters, with the spaces around them. */
const breaks = /\s*[\p{Cc}\u2028\u2029]+\s*/gu

/**
 * Text from the feed made one line of plain text, for a line of text written out (copied text, a
 * title): a line break, tab or other control character in a name becomes a space. Formatting
 * characters (the direction isolates) stay.
 */
export function oneLine(text: string): string {
  return text.replace(breaks, ' ')
}
