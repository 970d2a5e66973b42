import { yieldToPage } from '../lib/yield-to-page'

/**
 * The feed's first answers and the page's first render. React renders the page in slices (a
 * transition); an answer stored in the query cache during those slices makes it throw them away
 * and render the whole page again in one long task. So boot waits a moment for a real feed's first
 * answers and renders the page with them; an answer (or failure) that comes while the render is
 * under way is stored once it is committed, one per task, in the order they came.
 */
export function createFirstAnswersGate() {
  let rendering = false
  let committed!: () => void
  let lastTurn = new Promise<void>((resolve) => (committed = resolve))
  return {
    /** The answer, given out when storing it cannot interrupt the first render. */
    hold: async <T>(answer: Promise<T>): Promise<T> => {
      await answer.catch(() => undefined) // a failure is stored in its turn too
      if (rendering) {
        const turn = lastTurn.then(yieldToPage)
        lastTurn = turn
        await turn
      }
      return answer
    },
    /** The first render starts. */
    rendering: () => {
      rendering = true
    },
    /** The first render is committed. */
    committed: () => {
      rendering = false
      committed()
    },
  }
}

export type FirstAnswersGate = ReturnType<typeof createFirstAnswersGate>
