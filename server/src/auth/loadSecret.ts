import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The HMAC secret for capability tokens: `configured` when given, else the `secret` file in the
 * data folder, created with 256 random bits on first start (readable by the owner only).
 */
export function loadSecret(dataDir: string, configured?: string): string {
  if (configured) return configured
  const file = join(dataDir, 'secret')
  try {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSecret(dataDir)
    throw error
  }
  return secret
}
