import { Extension } from '@tiptap/core'
import type { NumberingOptions } from '@referat/shared'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { buildNumberDecorations } from './buildNumberDecorations'
import { keepsNumbering } from './keepsNumbering'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    agendaNumbering: {
      /** Sets the numbering style (from the meeting's `meta`) and renumbers. */
      setAgendaNumbering: (options: NumberingOptions) => ReturnType
    }
  }
}

interface NumberingState {
  options: NumberingOptions
  decorations: DecorationSet
}

export const agendaNumberingKey = new PluginKey<NumberingState>('agendaNumbering')

const DEFAULT_OPTIONS: NumberingOptions = { style: 'plain', start: 1, year: 0 }

const sameOptions = (a: NumberingOptions, b: NumberingOptions) =>
  a.style === b.style && a.start === b.start && a.year === b.year && a.language === b.language

/**
 * Numbers agenda items (1., 2. … or Sak 38/25 …) and letters sub-items (a., b. …) by position,
 * as `data-number` node decorations. Numbers are derived on every change and never stored, so
 * moving, inserting or deleting an item renumbers everything after it.
 */
export const AgendaNumbering = Extension.create({
  name: 'agendaNumbering',

  addCommands() {
    return {
      setAgendaNumbering:
        (options) =>
        ({ state, tr, dispatch }) => {
          const current = agendaNumberingKey.getState(state)?.options
          if (current && sameOptions(current, options)) return true
          if (dispatch) tr.setMeta(agendaNumberingKey, options).setMeta('addToHistory', false)
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<NumberingState>({
        key: agendaNumberingKey,
        state: {
          init: (_config, state) => ({
            options: DEFAULT_OPTIONS,
            decorations: buildNumberDecorations(state.doc, DEFAULT_OPTIONS),
          }),
          apply: (tr, previous, _oldState, newState) => {
            const options =
              (tr.getMeta(agendaNumberingKey) as NumberingOptions | undefined) ?? previous.options
            if (!tr.docChanged && options === previous.options) return previous
            // Typing changes no number: the same labels, moved with the text.
            if (options === previous.options && keepsNumbering(tr)) {
              return { options, decorations: previous.decorations.map(tr.mapping, tr.doc) }
            }
            return { options, decorations: buildNumberDecorations(newState.doc, options) }
          },
        },
        props: {
          decorations: (state) => agendaNumberingKey.getState(state)?.decorations,
        },
      }),
    ]
  },
})
