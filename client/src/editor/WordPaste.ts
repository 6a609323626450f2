import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Selection } from '@tiptap/pm/state'
import { cleanPastedHtml } from './cleanPastedHtml'

export const wordPasteKey = new PluginKey('wordPaste')

/** Whether the selection starts or ends inside an agenda item, where section headings cannot go. */
function inAgendaItem(selection: Selection): boolean {
  return [selection.$from, selection.$to].some(
    ($pos) => $pos.depth > 0 && $pos.node(1).type.name === 'agendaItem',
  )
}

/**
 * Paste from Word, LibreOffice and Google Docs: their clipboard HTML is cleaned to headings,
 * lists, links, bold and italic before the schema parses it (`cleanPastedHtml`). Headings pasted
 * into an agenda item become bold paragraphs, as a section heading there would split the item.
 * Other HTML, our own copy between editors above all, is parsed as it comes.
 */
export const WordPaste = Extension.create({
  name: 'wordPaste',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: wordPasteKey,
        props: {
          transformPastedHTML: (html, view) =>
            cleanPastedHtml(html, { sectionHeadings: !inAgendaItem(view.state.selection) }),
        },
      }),
    ]
  },
})
