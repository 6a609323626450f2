import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../..', import.meta.url))

/** A Referat server started for a benchmark, with its own data folder. */
export interface BenchServer {
  /** `http://127.0.0.1:PORT` */
  url: string
  organizerToken: string
  /** Stops the server (SIGTERM), waits for it to exit and removes its data folder. */
  stop(): Promise<void>
}

/**
 * Spawns the real server (`server/src/main.ts`, as `npm start` runs it) on 127.0.0.1 and a free
 * port, serving the built client, and resolves once it has printed its organizer URL.
 */
export async function startBenchServer(): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'referat-browser-bench-'))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/main.ts', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', MAX_CONNECTIONS_PER_IP: '1000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  // A benchmark that dies (an error, Ctrl-C) takes its server with it.
  const killChild = () => child.kill('SIGKILL')
  process.once('exit', killChild)
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killChild)
      resolve()
    }),
  )
  const organizerUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/\S+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  const parsed = new URL(organizerUrl)
  return {
    url: parsed.origin,
    organizerToken: parsed.searchParams.get('token') ?? '',
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
