import type { Development, OpenIssue, Party, SessionStatus } from '../../feed/schemas/types'

type Label = { icon: string; word: string; tone: string }

/** Status of a session in words and an icon (never colour alone). */
export const sessionStatusLabels: Record<SessionStatus, Label> = {
  scheduled: { icon: '◷', word: 'Scheduled', tone: 'text-accent' },
  'in-session': { icon: '●', word: 'In session', tone: 'text-good' },
  concluded: { icon: '✓', word: 'Concluded', tone: 'text-muted' },
  postponed: { icon: '↷', word: 'Postponed', tone: 'text-warn' },
  cancelled: { icon: '✕', word: 'Cancelled', tone: 'text-danger' },
}

export const developmentKindLabels: Record<Development['kind'], Label> = {
  statement: { icon: '◆', word: 'Statement', tone: 'text-accent' },
  'licence-approval': { icon: '▣', word: 'Licence approval', tone: 'text-good' },
  'data-release': { icon: '▤', word: 'Data release', tone: 'text-warn' },
  commentary: { icon: '✎', word: 'Commentary', tone: 'text-observers' },
  report: { icon: '◇', word: 'Report', tone: 'text-muted' },
}

export const issueStatusLabels: Record<OpenIssue['status'], Label> = {
  unresolved: { icon: '○', word: 'Unresolved', tone: 'text-danger' },
  'in-discussion': { icon: '◐', word: 'In discussion', tone: 'text-warn' },
  'partly-resolved': { icon: '◑', word: 'Partly resolved', tone: 'text-accent' },
  resolved: { icon: '●', word: 'Resolved', tone: 'text-good' },
}

export const partyTone: Record<string, string> = {
  us: 'text-us',
  cn: 'text-cn',
  observers: 'text-observers',
}

/**
 * Who an open issue's two positions belong to: the index's first two governments, in its order
 * (format 1 names the fields usAsk and chinaPosition; a feed of other parties fills them in the
 * same order). Until the index names two, the words name no party.
 */
export function issueSides(parties: ReadonlyMap<string, Party>) {
  const [first, second] = [...parties.values()].filter((party) => party.kind === 'government')
  if (!first || !second)
    return { ask: { word: 'Ask', tone: '' }, position: { word: 'Position', tone: '' } }
  return {
    ask: { word: `${first.shortName} asks`, tone: partyTone[first.id] ?? '' },
    position: { word: second.shortName, tone: partyTone[second.id] ?? '' },
  }
}
