import { DECISION_RECORD_ATTRS, DocLayout, runsMeeting, type Role } from '@referat/shared'
import * as Y from 'yjs'
import { RuleViolation } from './RuleViolation'
import { findExisting, resolveParent, rootName, UpdateIndex } from './resolveParent'
import { UnknownReference } from './UnknownReference'

const RECORD_ATTRS = new Set<string>(DECISION_RECORD_ATTRS)
/** Keys of `meta` that run the meeting: the moderator's alone. */
const MODERATOR_META_KEYS = new Set(['status', 'currentItemId', 'currentItemSince', 'version'])
/** Root types only the server writes. */
const SERVER_ROOTS = new Set<string>([DocLayout.lastEdited, DocLayout.epoch])
/** Root types only the moderator writes. */
const MODERATOR_ROOTS = new Set<string>([DocLayout.itemTimes])

function isDecidedElement(type: unknown): boolean {
  return (
    type instanceof Y.XmlElement &&
    type.nodeName === 'decision' &&
    type.getAttribute('state') === 'decided'
  )
}

/** Whether an integrated type is, or lies inside, a decided decision. */
function insideDecided(type: Y.AbstractType<unknown> | null): boolean {
  for (let t = type; t; t = (t._item?.parent as Y.AbstractType<unknown> | null) ?? null) {
    if (isDecidedElement(t)) return true
  }
  return false
}

function valueOf(item: Y.Item): unknown {
  return item.content instanceof Y.ContentAny ? item.content.arr[0] : undefined
}

function checkRootWrite(name: string, key: string | null, item: Y.Item, role: Role): void {
  if (SERVER_ROOTS.has(name)) throw new RuleViolation(`only the server writes ${name}`)
  if (MODERATOR_ROOTS.has(name) && !runsMeeting(role)) {
    throw new RuleViolation('only the moderator records the time per item')
  }
  if (name === DocLayout.meta && key && MODERATOR_META_KEYS.has(key)) {
    if (key === 'status' && !item.deleted && valueOf(item) === 'final') {
      throw new RuleViolation('a meeting is made final through finalize, not by an edit')
    }
    if (key === 'version') throw new RuleViolation('the version is set by the server')
    if (!runsMeeting(role)) throw new RuleViolation('only the moderator runs the meeting')
  }
}

/** A new decision element may be created as a proposal only (unless by the moderator). */
function checkNewDecisionAttr(element: Y.Item, key: string | null, item: Y.Item, role: Role) {
  const type = element.content instanceof Y.ContentType ? element.content.type : null
  if (!(type instanceof Y.XmlElement) || type.nodeName !== 'decision') return
  if (!key || !RECORD_ATTRS.has(key) || runsMeeting(role)) return
  const value = valueOf(item)
  const allowed = key === 'state' ? value === 'proposed' : value === null
  if (!allowed) throw new RuleViolation('only the moderator may decide')
}

function checkExistingParent(type: Y.AbstractType<unknown>, key: string | null, role: Role) {
  if (runsMeeting(role)) return
  if (insideDecided(type)) {
    throw new RuleViolation('only the moderator may change a decided decision')
  }
  if (
    type instanceof Y.XmlElement &&
    type.nodeName === 'decision' &&
    key &&
    RECORD_ATTRS.has(key)
  ) {
    throw new RuleViolation('only the moderator may decide')
  }
}

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds']

/** Calls `visit` for every item of the document that `ds` deletes and is not deleted yet. */
function forEachNewlyDeleted(doc: Y.Doc, ds: DeleteSet, visit: (item: Y.Item) => void): void {
  for (const [client, deletes] of ds.clients) {
    const structs = doc.store.clients.get(client)
    if (!structs) continue
    for (const { clock, len } of deletes) {
      const first = findExisting(doc, Y.createID(client, clock))
      if (!first) continue
      for (let i = Y.findIndexSS(structs, first.id.clock); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC
        if (struct.id.clock >= clock + len) break
        if (struct instanceof Y.Item && !struct.deleted) visit(struct)
      }
    }
  }
}

/** Deleting a decided decision (or part of one) or a moderator's meta key. */
function checkDeletions(doc: Y.Doc, ds: DeleteSet, role: Role): void {
  forEachNewlyDeleted(doc, ds, (item) => {
    const parent = item.parent as Y.AbstractType<unknown>
    if (parent._item === null) {
      const name = rootName(doc, parent)
      if (name) checkRootWrite(name, item.parentSub, item, role)
    }
    if (runsMeeting(role)) return
    const own = item.content instanceof Y.ContentType ? item.content.type : null
    if (isDecidedElement(own) || insideDecided(parent)) {
      throw new RuleViolation('only the moderator may remove a decided decision')
    }
  })
}

function deletesSomething(doc: Y.Doc, ds: DeleteSet): boolean {
  let found = false
  forEachNewlyDeleted(doc, ds, () => {
    found = true
  })
  return found
}

/**
 * Checks an update from a connection with `role` against the rules of the meeting before it is
 * applied; throws `RuleViolation` when it breaks one. Rules: nothing changes a final meeting;
 * only the moderator (or organizer) decides, changes or removes a decided decision, runs the
 * meeting (status, current item) and records time per item; nobody makes a meeting final by an
 * edit or writes what the server writes.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, role: Role, final: boolean): void {
  const { structs, ds } = Y.decodeUpdate(update)
  // Structs the document already has wholly change nothing (a sync answer repeats them).
  const fresh = structs.filter(
    (struct): struct is Y.Item =>
      struct instanceof Y.Item &&
      struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  )
  if (final) {
    if (fresh.length > 0 || deletesSomething(doc, ds)) {
      throw new RuleViolation('the meeting is final')
    }
    return
  }
  const index = new UpdateIndex(structs)
  for (const struct of fresh) {
    const placement = resolveParent(struct, index, doc)
    if (!placement) {
      throw new UnknownReference('the update refers to content the server does not have')
    }
    const { parent, parentSub } = placement
    if (parent.kind === 'root') checkRootWrite(parent.name, parentSub, struct, role)
    else if (parent.kind === 'new') checkNewDecisionAttr(parent.item, parentSub, struct, role)
    else checkExistingParent(parent.type, parentSub, role)
  }
  checkDeletions(doc, ds, role)
}
