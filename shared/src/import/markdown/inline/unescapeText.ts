import { decodeEntity } from './decodeEntity'

/** Raw Markdown text with backslash escapes and entities resolved, nothing else interpreted. */
export function unescapeText(raw: string): string {
  return raw.replace(
    /\\([!-/:-@[-`{-~])|&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (match, escaped?: string, entity?: string) =>
      escaped ?? (entity ? (decodeEntity(entity) ?? match) : match),
  )
}
