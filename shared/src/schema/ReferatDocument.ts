import { Node } from '@tiptap/core'

/**
 * The top node of a referat: agenda items, section headings and free blocks
 * (paragraphs, lists) between them.
 */
export const ReferatDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: '(agendaItem | sectionHeading | block)+',
})
