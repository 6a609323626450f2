import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { onTestFinished } from 'vitest'
import { Tokens } from '../../src/auth/Tokens'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const mainScript = join(repoRoot, 'server/src/main.ts')
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** The token secret of every child server: tests build tokens from it in-process. */
export const CHILD_SECRET = 'child-server-test-secret-0123456789'

const STARTUP_TIMEOUT_MS = 20_000

export interface ChildServerOptions {
  /** Reuse this data folder (it is then not removed). */
  dataDir?: string
  /** Listen on this port; 0 (the default) takes a free one. */
  port?: number
  /** More environment for the server, e.g. `{ COMPACT_AFTER: '10', LOG_LEVEL: 'debug' }`. */
  env?: Record<string, string>
}

export interface ChildExit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ChildServer {
  /** `http://127.0.0.1:<port>`, the same after `restart()`. */
  url: string
  port: number
  dataDir: string
  organizerToken: string
  process: ChildProcess
  /** Resolves once the process has ended. */
  exited: Promise<ChildExit>
  /** Everything the process wrote to stdout (the banner) and stderr (the JSON log) so far. */
  readonly stdout: string
  readonly stderr: string
  /** Sends `signal` (SIGKILL by default) to the process. */
  kill(signal?: NodeJS.Signals): void
  /** Calls `listener` synchronously with every complete output line; returns an unsubscribe. */
  onLine(listener: (line: string, stream: 'stdout' | 'stderr') => void): () => void
  /** A new server process on the same data folder, port and environment (after this one ended). */
  restart(): Promise<ChildServer>
}

/**
 * The real server (`server/src/main.ts` through tsx) in a child process, on 127.0.0.1 with a
 * temporary data folder and the fixed secret `CHILD_SECRET`. Resolves once it prints that it is
 * running. It is killed (and a folder it created removed) when the test finishes.
 */
export async function startChildServer(options: ChildServerOptions = {}): Promise<ChildServer> {
  const ownsDataDir = !options.dataDir
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'referat-child-'))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    REFERAT_SECRET: CHILD_SECRET,
    LOG_LEVEL: 'warn',
    ...options.env,
  }
  const child = spawn(process.execPath, ['--import', tsxLoader, mainScript], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<ChildExit>((resolve) => {
    // 'close', not 'exit': by then everything the process wrote has been read.
    child.once('close', (code, signal) => resolve({ code, signal }))
  })
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  const output = { stdout: '', stderr: '' }
  const listeners = new Set<(line: string, stream: 'stdout' | 'stderr') => void>()
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = ''
    child[stream].setEncoding('utf8')
    child[stream].on('data', (chunk: string) => {
      output[stream] += chunk
      const lines = (partial + chunk).split('\n')
      partial = lines.pop() as string
      for (const line of lines) for (const listener of listeners) listener(line, stream)
    })
  }

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start in time'), STARTUP_TIMEOUT_MS)
    const onLine = (line: string) => {
      const match = /Referat is running at (http:\/\/\S+)/.exec(line)
      if (!match) return
      clearTimeout(timer)
      listeners.delete(onLine)
      resolve(match[1] as string)
    }
    function fail(why: string) {
      clearTimeout(timer)
      reject(new Error(`the server ${why}:\n${output.stdout}\n${output.stderr}`))
    }
    listeners.add(onLine)
    void exited.then(({ code, signal }) => fail(`exited (code ${code}, signal ${signal})`))
  })
  const port = Number(new URL(url).port)

  return {
    url,
    port,
    dataDir,
    organizerToken: new Tokens(CHILD_SECRET).organizer(),
    process: child,
    exited,
    get stdout() {
      return output.stdout
    },
    get stderr() {
      return output.stderr
    },
    kill(signal = 'SIGKILL') {
      child.kill(signal)
    },
    onLine(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async restart() {
      if (child.exitCode === null && child.signalCode === null) {
        throw new Error('restart() needs the previous server process to have ended')
      }
      return startChildServer({ ...options, dataDir, port })
    },
  }
}
