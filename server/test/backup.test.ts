import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { DocLayout } from '@referat/shared'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import * as Y from 'yjs'
import { createMeeting } from './support/createMeeting'
import { joinAs } from './support/joinAs'
import { startServer } from './support/startServer'

const cliBin = fileURLToPath(new URL('../bin/referat.mjs', import.meta.url))
const run = promisify(execFile)
const cli = (...args: string[]) => run(process.execPath, [cliBin, ...args], { timeout: 60_000 })

async function cliFails(...args: string[]) {
  try {
    await cli(...args)
  } catch (error) {
    return error as { code: number; stderr: string }
  }
  throw new Error(`referat ${args.join(' ')} succeeded`)
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'referat-backup-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

describe('referat backup and restore', () => {
  it('backs up a running server and restores into a fresh folder where the old links work', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { title: 'Faggruppemøte', agenda: ['Orienteringer'] })
    const secretary = await joinAs(t, meeting, 'secretary')
    const item = secretary.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Skrevet før sikkerhetskopien.')])
    const exportMd = (url: string) =>
      fetch(`${url}/api/meetings/${meeting.id}/export?format=md&token=${meeting.tokens.viewer}`)
    await vi.waitFor(async () => {
      expect(await (await exportMd(t.url)).text()).toContain('Skrevet før sikkerhetskopien.')
    })

    const dir = tempDir()
    const file = join(dir, 'referat-backup.db')
    // Online: the server is running and the secretary still connected.
    const backup = await cli('backup', file, '--data-dir', t.dataDir)
    expect(backup.stdout).toMatch(/Backed up 1 meetings/)
    secretary.destroy()
    expect((await cliFails('backup', file, '--data-dir', t.dataDir)).stderr).toContain('--force')

    const fresh = join(dir, 'restored')
    const restored = await cli('restore', file, '--data-dir', fresh)
    expect(restored.stdout).toMatch(/Restored 1 meetings/)
    expect((await cliFails('restore', file, '--data-dir', fresh)).stderr).toContain('--force')

    const again = await startServer({}, { dataDir: fresh })
    // The viewer link of the original server opens the restored meeting.
    const response = await exportMd(again.url)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Skrevet før sikkerhetskopien.')
    expect(again.organizerToken).toBe(t.organizerToken)
  }, 120_000)

  it('refuses what is not a Referat backup, and a data folder without a database', async () => {
    const dir = tempDir()
    const junk = join(dir, 'junk.db')
    writeFileSync(junk, 'PK\u0003\u0004 this is no database at all')
    const notDb = await cliFails('restore', junk, '--data-dir', join(dir, 'target'))
    expect(notDb.code).toBe(1)
    expect(notDb.stderr).toMatch(/not a (Referat backup|database)/)
    const missing = await cliFails('restore', join(dir, 'missing.db'), '--data-dir', dir)
    expect(missing.stderr).toContain('does not exist')
    const empty = await cliFails('backup', join(dir, 'out.db'), '--data-dir', join(dir, 'none'))
    expect(empty.stderr).toContain('no Referat database')
    expect(() => readFileSync(join(dir, 'out.db'))).toThrow()
  }, 120_000)
})
