import type { Presence } from './Presence'

/** Whether two presence lists show the same people (cursor moves do not change them). */
export function samePresence(a: readonly Presence[], b: readonly Presence[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        person.clientId === other.clientId &&
        person.name === other.name &&
        person.color === other.color &&
        person.role === other.role &&
        person.isSelf === other.isSelf
      )
    })
  )
}
