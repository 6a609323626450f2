import { MessageType } from '@referat/shared'
import fc from 'fast-check'
import * as encoding from 'lib0/encoding'

/** Real messages of the protocol, to truncate and corrupt. */
export interface MessagePool {
  /** Yjs updates made against the meeting (text, agenda items, header, deletions). */
  updates: Uint8Array[]
  /** Whole, valid messages of every kind (sync step 1 and 2, update, awareness). */
  messages: Uint8Array[]
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** A sync message of `syncType` (0 step 1, 1 step 2, 2 update) carrying `payload`. */
export function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  return message((encoder) => {
    encoding.writeVarUint(encoder, MessageType.Sync)
    encoding.writeVarUint(encoder, syncType)
    encoding.writeVarUint8Array(encoder, payload)
  })
}

/** An awareness message whose single state is the string `json` (which need not be JSON). */
export function awarenessMessage(clientId: number, clock: number, json: string): Uint8Array {
  const update = message((encoder) => {
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, json)
  })
  return message((encoder) => {
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(encoder, update)
  })
}

function varUint(value: number): Uint8Array {
  return message((encoder) => encoding.writeVarUint(encoder, value))
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** `bytes` with the byte at each position (modulo its length) replaced. */
function corrupt(bytes: Uint8Array, flips: [number, number][]): Uint8Array {
  const out = bytes.slice()
  if (out.length === 0) return out
  for (const [position, value] of flips) out[position % out.length] = value
  return out
}

const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
  minLength: 1,
  maxLength: 4,
})

/** JSON that parses but is not an awareness state, and text that is not JSON at all. */
const badJson = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '{',
    'null',
    '1e999',
    '[]',
    '"user"',
    '{"user":5}',
    '{"user":{"name":{"toString":1}}}',
    '{"user":{"name":"' + 'x'.repeat(5000) + '"}}',
    '{"__proto__":{"polluted":true},"user":{"name":"Mallory","role":"moderator"}}',
    '['.repeat(20_000),
  ),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
)

/**
 * Hostile messages for the collaboration endpoint: random bytes, malformed varints, truncated
 * and corrupted real messages, wrong message types, sync step 2 and update messages with random
 * or corrupted Yjs updates, awareness with bad JSON, huge length prefixes, frames over
 * `maxMessageBytes`, and a few valid messages so that some connections live on.
 */
export function hostileMessage(
  pool: MessagePool,
  maxMessageBytes: number,
): fc.Arbitrary<Uint8Array> {
  const anyMessage = fc.constantFrom(...pool.messages)
  const anyUpdate = fc.constantFrom(...pool.updates)
  return fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    // Varints whose continuation bit never ends, or that overflow 53 bits.
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.uint8Array({ maxLength: 4 }))
        .map(([n, tail]) => concat(new Uint8Array(n).fill(0xff), tail)),
    },
    // A real message cut short.
    {
      weight: 3,
      arbitrary: fc
        .tuple(anyMessage, fc.nat())
        .map(([whole, cut]) => whole.slice(0, cut % Math.max(1, whole.length))),
    },
    // A real message with some bytes changed.
    { weight: 3, arbitrary: fc.tuple(anyMessage, flips).map(([whole, f]) => corrupt(whole, f)) },
    // Message types and sync message types the server does not take.
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.constantFrom(MessageType.Auth, MessageType.Saved, 4, 127, 128),
            fc.integer({ min: 4, max: 2 ** 31 }),
          ),
          fc.uint8Array({ maxLength: 16 }),
        )
        .map(([type, tail]) => concat(varUint(type), tail)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 3, max: 2 ** 20 }), fc.uint8Array({ maxLength: 16 }))
        .map(([syncType, tail]) => concat(varUint(MessageType.Sync), varUint(syncType), tail)),
    },
    // Sync step 2 and update messages with random or corrupted Yjs updates.
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(1, 2), fc.uint8Array({ maxLength: 48 }))
        .map(([syncType, update]) => syncMessage(syncType, update)),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(1, 2), anyUpdate, flips)
        .map(([syncType, update, f]) => syncMessage(syncType, corrupt(update, f))),
    },
    // Sync step 1 with a corrupted state vector.
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 24 }).map((sv) => syncMessage(0, sv)),
    },
    // Awareness with bad JSON, or a state count that the message does not hold.
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.nat(), fc.nat(), badJson)
        .map(([clientId, clock, json]) => awarenessMessage(clientId, clock, json)),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 2, max: 2 ** 30 }).map((count) =>
        message((encoder) => {
          encoding.writeVarUint(encoder, MessageType.Awareness)
          encoding.writeVarUint8Array(encoder, concat(varUint(count), varUint(1), varUint(1)))
        }),
      ),
    },
    // A length prefix far beyond the message.
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            [MessageType.Sync, 0],
            [MessageType.Sync, 1],
            [MessageType.Sync, 2],
            [MessageType.Awareness],
          ),
          fc.oneof(fc.integer({ min: 100, max: 2 ** 31 }), fc.constant(2 ** 53 - 1)),
          fc.uint8Array({ maxLength: 8 }),
        )
        .map(([head, length, tail]) => concat(new Uint8Array(head), varUint(length), tail)),
    },
    // A frame over the size limit.
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: maxMessageBytes + 1, max: maxMessageBytes * 3 })
        .map((size) => new Uint8Array(size).fill(0x41)),
    },
    // Valid messages, so that some connections survive a batch and take the next one.
    { weight: 4, arbitrary: anyMessage },
    { weight: 1, arbitrary: fc.constant(new Uint8Array([MessageType.QueryAwareness])) },
  )
}
