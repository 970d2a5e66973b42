import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TimelineEmptyNotes } from '../../../src/features/timeline/timeline-empty-notes'

const dropped = (list: string) => [
  { resource: `${list}.json`, path: `$.${list}[0].id`, message: 'expected a string' },
]
const empty = {
  sessions: { sessions: [], problems: [] },
  developments: { developments: [], problems: [] },
}

describe('the timeline’s words for an empty list', () => {
  it('says a list is empty only when the feed had nothing in it', () => {
    render(<TimelineEmptyNotes {...empty} quotes={{ quotes: [], problems: [] }} />)
    expect(screen.getByText('No sessions or developments in the feed yet.')).toBeInTheDocument()
    expect(screen.getByText('No quotes in the feed yet.')).toBeInTheDocument()
  })

  it('says records could not be read, not that there are none, list by list', () => {
    render(
      <TimelineEmptyNotes
        {...empty}
        sessions={{ sessions: [], problems: dropped('sessions') }}
        quotes={{ quotes: [], problems: dropped('quotes') }}
      />,
    )
    expect(screen.getByText('None of the feed’s sessions could be read.')).toBeInTheDocument()
    expect(screen.getByText('No developments in the feed yet.')).toBeInTheDocument()
    expect(screen.getByText('None of the feed’s quotes could be read.')).toBeInTheDocument()
    expect(screen.queryByText(/No sessions/)).not.toBeInTheDocument()
  })

  it('in a replay that leaves sessions out, says they are not shown yet, not that there are none', () => {
    render(
      <TimelineEmptyNotes
        {...empty}
        sessions={{ sessions: [], problems: [], heldBack: 2 }}
        quotes={null}
      />,
    )
    expect(
      screen.getByText('No sessions shown yet: the feed does not say when they were announced.'),
    ).toBeInTheDocument()
    expect(screen.getByText('No developments in the feed yet.')).toBeInTheDocument()
    expect(screen.queryByText(/No sessions or developments/)).not.toBeInTheDocument()
  })

  it('says nothing of lists that have records, nor of quotes not loaded', () => {
    const { container } = render(
      <TimelineEmptyNotes
        sessions={{ sessions: [{}], problems: [] }}
        developments={{ developments: [{}], problems: dropped('developments') }}
        quotes={null}
      />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
