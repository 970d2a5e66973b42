import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DelegationList } from '../../../src/features/timeline/delegation-list'
import { buildLookups } from '../../../src/features/timeline/lookups'
import type { FeedIndex, Session } from '../../../src/feed/schemas/types'

// Test data: a fictional side of twelve and a side of three.
const person = (id: string, partyId: string) => ({
  id,
  name: `Test ${id}`,
  kind: 'person' as const,
  role: 'Test official',
  organisation: 'Test ministry',
  partyId,
})
const large = Array.from({ length: 12 }, (_, i) => person(`a${i}`, 'a'))
const small = Array.from({ length: 3 }, (_, i) => person(`b${i}`, 'b'))
const lookups = buildLookups({
  parties: [
    { id: 'a', name: 'Side A', shortName: 'A', kind: 'government' },
    { id: 'b', name: 'Side B', shortName: 'B', kind: 'government' },
  ],
  people: [...large, ...small],
  topics: [],
  rounds: [],
} as unknown as FeedIndex)
const session = {
  delegations: [
    { partyId: 'a', leadPersonIds: ['a0'], memberPersonIds: large.slice(1).map((p) => p.id) },
    { partyId: 'b', leadPersonIds: ['b0'], memberPersonIds: ['b1', 'b2'] },
  ],
} as unknown as Session

const side = (name: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(`${name}:`)) as HTMLElement

describe('DelegationList', () => {
  it('names five of a large side and "+N more", which names everyone; a small side in full', async () => {
    render(<DelegationList session={session} lookups={lookups} quotes={[]} silence={null} />)
    expect(side('A')).toHaveTextContent('Test a0 (Test official, lead)')
    expect(side('A')).toHaveTextContent('Test a4')
    expect(side('A')).not.toHaveTextContent('Test a5')
    expect(side('B')).toHaveTextContent('Test b2')
    expect(within(side('B')).queryByRole('button')).toBeNull()
    await userEvent.setup().click(
      within(side('A')).getByRole('button', {
        name: '7 more in the A delegation: show everyone',
      }),
    )
    expect(side('A')).toHaveTextContent('Test a11')
    expect(within(side('A')).queryByRole('button')).toBeNull()
  })

  it('names everyone on paper', () => {
    render(<DelegationList session={session} lookups={lookups} quotes={[]} silence={null} />)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(side('A')).toHaveTextContent('Test a11')
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(side('A')).not.toHaveTextContent('Test a11')
  })
})
