/** What stands in for data not in: still coming ("quotes loading…") or failed ("quotes unavailable"). */
export function missingWords(parts: readonly { what: string; failed: boolean }[]): string {
  const said = (failed: boolean) => {
    const whats = parts.filter((part) => part.failed === failed).map((part) => part.what)
    return whats.length === 0
      ? null
      : `${whats.join(' and ')} ${failed ? 'unavailable' : 'loading…'}`
  }
  return [said(true), said(false)].filter((words) => words !== null).join('; ')
}
