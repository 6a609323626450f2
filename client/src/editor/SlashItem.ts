import type { ChainedCommands, Editor } from '@tiptap/core'
import type { IconName } from '../components/Icon'
import type { Messages } from '../i18n/nb'

type StringKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages]

/** One entry of the "/" menu. */
export interface SlashItem {
  id: string
  /** Dictionary key of the name shown (also matched against the typed text, in both languages). */
  label: StringKey
  /** Dictionary key of the one-line explanation. */
  hint: StringKey
  icon: IconName
  /** More words that find the entry. */
  keywords: readonly string[]
  /** Keyboard shortcut shown beside the entry. */
  shortcut?: string
  /** Whether the command can run where the cursor is. */
  isAvailable: (editor: Editor) => boolean
  /**
   * Whether the command inserts a new block after the paragraph the "/" was typed in, so that
   * paragraph is removed when it held nothing but the "/…".
   */
  replacesEmptyParagraph: boolean
  /** Adds the command to a chain (that already deleted the typed "/…"). */
  run: (chain: ChainedCommands) => ChainedCommands
}
