import { Extension } from '@tiptap/core'
import type { Fragment } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AttrStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { newId } from '../model/newId'

const TYPES_WITH_ID = new Set(['agendaItem', 'subItem', 'decision', 'actionItem'])

function holdsNodeWithId(content: Fragment): boolean {
  let found = false
  content.descendants((child) => {
    if (TYPES_WITH_ID.has(child.type.name)) found = true
    return !found && child.type.name !== 'paragraph'
  })
  return found
}

/**
 * Whether a local transaction can have left an id missing or twice: it inserts (or re-creates)
 * a node that carries an id, or sets an id. Typing, deleting and formatting cannot, which spares
 * the walk over the whole document on every keystroke.
 */
function mayChangeIds(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (step instanceof AttrStep) return step.attr === 'id'
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
      return holdsNodeWithId(step.slice.content)
    }
    return false
  })
}

/**
 * Keeps the `id` of agenda items, sub-items, decisions and action items present and unique,
 * e.g. after a paste duplicated an item. Changes that arrive from other clients are left to the
 * client that made them, so two clients never fight over one id.
 */
export const UniqueBlockIds = Extension.create({
  name: 'uniqueBlockIds',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('uniqueBlockIds'),
        appendTransaction: (transactions, _oldState, newState) => {
          const local = transactions.some(
            (tr) =>
              tr.docChanged && !tr.getMeta(ySyncPluginKey)?.isChangeOrigin && mayChangeIds(tr),
          )
          if (!local) return null
          const seen = new Set<string>()
          const tr = newState.tr
          newState.doc.descendants((node, pos) => {
            if (!TYPES_WITH_ID.has(node.type.name)) return node.type.name !== 'paragraph'
            const id = node.attrs.id as string | null
            if (!id || seen.has(id)) tr.setNodeAttribute(pos, 'id', newId())
            else seen.add(id)
            return true
          })
          return tr.docChanged ? tr : null
        },
      }),
    ]
  },
})
