import type { QueryClient } from '@tanstack/react-query'
import { act } from '@testing-library/react'
import { Profiler, type ReactElement } from 'react'
import { afterEach, beforeEach, expect } from 'vitest'
import { advance } from './fake-clock'
import { renderWithFeed } from './render'

/** renderWithFeed under a React Profiler: `commits()` counts the commits of that tree. */
export function renderCountingCommits(
  ui: ReactElement,
  options: Parameters<typeof renderWithFeed>[1],
) {
  let commits = 0
  const rendered = renderWithFeed(
    <Profiler id="counted" onRender={() => commits++}>
      {ui}
    </Profiler>,
    options,
  )
  return { ...rendered, commits: () => commits }
}

/**
 * Two refreshes that bring the same data re-render nothing: no commit, and no render of any part
 * counted by useBenchRenderCount (window.__ttmRenders; `part` must have rendered before). Returns
 * the counts from before, for comparing after a refresh that does bring something.
 */
export async function expectIdleRefreshesQuiet(
  queryClient: QueryClient,
  commits: () => number,
  part: string,
): Promise<Record<string, number>> {
  await advance(50)
  const before: Record<string, number> = { commits: commits(), ...window.__ttmRenders }
  expect(before[part]).toBeGreaterThan(0)
  await act(() => queryClient.refetchQueries())
  await act(() => queryClient.refetchQueries())
  await advance(50)
  expect({ commits: commits(), ...window.__ttmRenders }).toEqual(before)
  return before
}

/** Counts renders by part (useBenchRenderCount, window.__ttmRenders) afresh in every test of the file. */
export function countRendersInEachTest() {
  beforeEach(() => {
    window.__ttmRenders = {}
  })
  afterEach(() => {
    delete window.__ttmRenders
  })
}
