import { en } from '../i18n/en'
import { nb } from '../i18n/nb'
import { nn } from '../i18n/nn'
import type { SlashItem } from './SlashItem'

const normalize = (text: string) => text.toLocaleLowerCase('nb').trim()

/**
 * Whether the text typed after "/" finds a menu entry: any word of its name (in bokmål,
 * nynorsk or English) or of its keywords starts with it, or its name contains it.
 */
export function matchesSlashQuery(item: SlashItem, query: string): boolean {
  const q = normalize(query)
  if (!q) return true
  const names = [nb[item.label], nn[item.label], en[item.label]].map(normalize)
  if (names.some((name) => name.includes(q))) return true
  const words = [...names.flatMap((name) => name.split(/\s+/)), ...item.keywords.map(normalize)]
  return words.some((word) => word.startsWith(q))
}
