import * as Y from 'yjs'

/** Where a struct of an incoming update lands. */
export type Parent =
  | { kind: 'root'; name: string }
  /** An item created by the same update (its type is not in the document yet). */
  | { kind: 'new'; item: Y.Item }
  | { kind: 'existing'; type: Y.AbstractType<unknown> }

/** Finds structs of an update by id (an id may point into the middle of a struct). */
export class UpdateIndex {
  private readonly byClient = new Map<number, Y.Item[]>()

  constructor(structs: readonly (Y.Item | Y.GC | Y.Skip)[]) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue
      const list = this.byClient.get(struct.id.client) ?? []
      list.push(struct)
      this.byClient.set(struct.id.client, list)
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  }

  find(id: Y.ID): Y.Item | null {
    const list = this.byClient.get(id.client)
    if (!list) return null
    for (const item of list) {
      if (id.clock >= item.id.clock && id.clock < item.id.clock + item.length) return item
    }
    return null
  }
}

/** The integrated item of `doc` holding `id`, or null when the document does not have it. */
export function findExisting(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const structs = doc.store.clients.get(id.client)
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null
  try {
    const struct = structs[Y.findIndexSS(structs, id.clock)]
    return struct instanceof Y.Item ? struct : null
  } catch {
    return null
  }
}

export interface Placement {
  parent: Parent
  /** The map key (or XML attribute) the item is written under, or null in a sequence. */
  parentSub: string | null
}

/**
 * Where an item of an incoming update lands: its parent (a root type by name, an item of the
 * same update, or a type already in the document) and key. The wire format leaves both out when
 * the item has a neighbour, so they are taken from the neighbour, as Yjs does when it integrates.
 * Null when the update refers to something unknown — it cannot be checked, and an honest client
 * never sends one.
 */
export function resolveParent(item: Y.Item, index: UpdateIndex, doc: Y.Doc): Placement | null {
  let current: Y.Item = item
  for (let hops = 0; hops < 10_000; hops++) {
    const parent = current.parent as unknown
    const parentSub = current.parentSub
    if (typeof parent === 'string') return { parent: { kind: 'root', name: parent }, parentSub }
    if (parent instanceof Y.ID) {
      const inUpdate = index.find(parent)
      if (inUpdate) return { parent: { kind: 'new', item: inUpdate }, parentSub }
      const existing = findExisting(doc, parent)
      const type = existing?.content instanceof Y.ContentType ? existing.content.type : null
      return type ? { parent: { kind: 'existing', type }, parentSub } : null
    }
    // No parent given: it is the parent (and key) of the left (or right) neighbour.
    const neighbour = current.origin ?? current.rightOrigin
    if (!neighbour) return null
    const inUpdate = index.find(neighbour)
    if (inUpdate) {
      current = inUpdate
      continue
    }
    const existing = findExisting(doc, neighbour)
    if (!existing || !(existing.parent instanceof Y.AbstractType)) return null
    const type = existing.parent
    const root = type._item === null ? rootName(doc, type) : null
    return {
      parent: root ? { kind: 'root', name: root } : { kind: 'existing', type },
      parentSub: existing.parentSub,
    }
  }
  return null
}

/** The name of a root type of `doc`, or null. */
export function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  for (const [name, root] of doc.share) if (root === type) return name
  return null
}
