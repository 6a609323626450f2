const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A short random id (default 12 characters of [0-9a-z], ~62 bits) for meetings and blocks.
 * Works in browsers and Node (Web Crypto).
 */
export function newId(length = 12): string {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}
