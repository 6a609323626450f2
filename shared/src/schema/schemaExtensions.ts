import type { AnyExtension } from '@tiptap/core'
import Bold from '@tiptap/extension-bold'
import HardBreak from '@tiptap/extension-hard-break'
import Italic from '@tiptap/extension-italic'
import Link from '@tiptap/extension-link'
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { ActionItem } from './ActionItem'
import { AgendaItem } from './AgendaItem'
import { AgendaTitle } from './AgendaTitle'
import { Decision } from './Decision'
import { DecisionLock } from './DecisionLock'
import { isSafeHref } from './isSafeHref'
import { ReferatDocument } from './ReferatDocument'
import { SectionHeading } from './SectionHeading'
import { SubItem } from './SubItem'
import { UniqueBlockIds } from './UniqueBlockIds'

/**
 * The one schema of a referat, used by the editor in the browser and by the server alike.
 * The client attaches its views with `.extend()`; it never adds or removes nodes or marks.
 */
export const schemaExtensions: AnyExtension[] = [
  ReferatDocument,
  AgendaItem,
  AgendaTitle,
  SubItem,
  SectionHeading,
  Decision,
  ActionItem,
  Paragraph,
  Text,
  HardBreak,
  BulletList,
  OrderedList,
  ListItem,
  Bold,
  Italic,
  Link.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    isAllowedUri: (url) => isSafeHref(url),
  }),
  UniqueBlockIds,
  DecisionLock,
]
