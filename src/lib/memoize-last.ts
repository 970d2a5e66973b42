/**
 * `fn` remembering its last call: called again with the same arguments (each the same value or
 * the same object), it returns the last result instead of computing it again. For long work done
 * while rendering, which React may throw away and do again (a transition interrupted before it
 * commits starts over, memos and all): the second render finds the first one's result. The result
 * is shared, so callers must not change it.
 */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null
  return (...args: A): R => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((arg, i) => Object.is(arg, args[i]))
    )
      return last.result
    const result = fn(...args)
    last = { args, result }
    return result
  }
}
