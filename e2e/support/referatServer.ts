import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

export interface RunningServer {
  url: string
  organizerUrl: string
  organizerToken: string
  dataDir: string
  /** Stops the process (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>
  /** Stops and starts the server again on the same data folder and port. */
  restart(): Promise<RunningServer>
}

/**
 * Starts the real server (`server/src/main.ts`, the same entry `npm start` uses) as a child
 * process on 127.0.0.1, serving the built client, with SQLite in a temporary folder.
 */
export async function startReferat(
  dataDir = mkdtempSync(join(tmpdir(), 'referat-e2e-')),
  port = 0,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/main.ts', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const organizerUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/\S+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  const parsed = new URL(organizerUrl)
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
  return {
    url: parsed.origin,
    organizerUrl,
    organizerToken: parsed.searchParams.get('token') ?? '',
    dataDir,
    stop,
    async restart() {
      await stop()
      return startReferat(dataDir, Number(parsed.port))
    },
  }
}

/** Removes a server's data folder. */
export function removeData(server: RunningServer): void {
  rmSync(server.dataDir, { recursive: true, force: true })
}
