/**
 * `compute`, remembering its last arguments and result: called again with the same arguments
 * (compared with `===`), it returns the remembered result. For `useEditorState` selectors, which
 * run on every transaction, also on those that only move a remote caret and change nothing they
 * read.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null
  return (...args: Args) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) {
      return last.result
    }
    const result = compute(...args)
    last = { args, result }
    return result
  }
}
