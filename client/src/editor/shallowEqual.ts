/** Whether two objects have the same own keys with `Object.is`-equal values. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true
  const keys = Object.keys(a) as (keyof T)[]
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is(a[key], b[key]))
  )
}

/** Whether two lists hold pairwise `shallowEqual` objects. */
export function shallowEqualLists<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => shallowEqual(item, b[i] as T)))
}
