import { Extension } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import { Suggestion } from '@tiptap/suggestion'
import { matchesSlashQuery } from './matchesSlashQuery'
import { renderSlashMenu } from './renderSlashMenu'
import { runSlashItem } from './runSlashItem'
import type { SlashItem } from './SlashItem'
import { slashItems } from './slashItems'

export const slashCommandKey = new PluginKey('slashCommand')

/**
 * Typing "/" at the start of a word in a paragraph opens a menu of what can be inserted there:
 * agenda item, sub-item, section heading, lists, proposed decision, follow-up.
 */
export const SlashCommand = Extension.create({
  name: 'slashCommand',

  addProseMirrorPlugins() {
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashCommandKey,
        char: '/',
        allow: ({ editor, state, range }) =>
          editor.isEditable && state.doc.resolve(range.from).parent.type.name === 'paragraph',
        items: ({ query, editor }) =>
          slashItems.filter((item) => matchesSlashQuery(item, query) && item.isAvailable(editor)),
        command: ({ editor, range, props: item }) => runSlashItem(editor, range, item),
        render: renderSlashMenu,
      }),
    ]
  },
})
