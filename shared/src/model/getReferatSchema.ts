import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { schemaExtensions } from '../schema/schemaExtensions'

let cached: Schema | undefined

/** The ProseMirror schema built from `schemaExtensions` (built once, then reused). */
export function getReferatSchema(): Schema {
  cached ??= getSchema(schemaExtensions)
  return cached
}
