import type { Attribute } from '@tiptap/core'
import { newId } from '../model/newId'

/**
 * The stable `id` of agenda items, sub-items, decisions and action items, kept as `data-id` in
 * HTML; an element without one gets a new id when parsed.
 */
export const blockIdAttribute: Attribute = {
  default: null,
  parseHTML: (element) => element.getAttribute('data-id') || newId(),
  renderHTML: (attributes) => (attributes.id ? { 'data-id': attributes.id } : {}),
}
