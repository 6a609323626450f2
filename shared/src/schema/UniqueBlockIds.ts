import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { newId } from '../model/newId'

const TYPES_WITH_ID = new Set(['agendaItem', 'subItem', 'decision', 'actionItem'])

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
            (tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey)?.isChangeOrigin,
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
