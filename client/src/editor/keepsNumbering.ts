import type { Transaction } from '@tiptap/pm/state'
import { ReplaceStep, StepMap } from '@tiptap/pm/transform'

/**
 * Whether `tr` only changes text inside textblocks, as typing and deleting characters do: each
 * replace step stays inside one textblock and inserts flat inline content. Then no agenda item or
 * sub-item is added, removed or replaced, every number stays, and each numbering decoration can
 * simply move with the text.
 */
export function keepsNumbering(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    // Mark and attribute steps move nothing; anything else that moves content may restructure.
    if (!(step instanceof ReplaceStep)) return step.getMap() === StepMap.empty
    const doc = tr.docs[i]
    if (!doc || step.slice.openStart !== 0 || step.slice.openEnd !== 0) return false
    const $from = doc.resolve(step.from)
    return $from.parent.isTextblock && step.to <= $from.end()
  })
}
