import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ServerKind } from './LoadBenchResult'

const require = createRequire(import.meta.url)
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const tsxLoader = pathToFileURL(require.resolve('tsx')).href
const ywsServer = join(require.resolve('y-websocket-v2/package.json'), '../bin/server.cjs')
const hocuspocusScript = fileURLToPath(new URL('./servers/hocuspocus.mjs', import.meta.url))

/** The token secret of the Referat process. */
const REFERAT_SECRET = 'load-benchmark-secret-0123456789abcdef'
const STARTUP_TIMEOUT_MS = 30_000

/**
 * Referat's settings in the benchmark that differ from its defaults. The load generator is one
 * network address, so the per-address connection limit (50) is lifted; everything else,
 * storing every update in SQLite before relaying it included, stays at its default.
 */
export const REFERAT_BENCH_ENV = { MAX_CONNECTIONS_PER_IP: '100000' } as const

/** A server under test, running as its own child process. */
export interface Target {
  kind: ServerKind
  pid: number
  /** HTTP base URL (`http://127.0.0.1:port`). */
  httpUrl: string
  /** The base URL clients connect to (Referat: `…/collab`; the room name is appended). */
  wsUrl: string
  /** Referat's organizer token; empty for the references (no authentication). */
  organizerToken: string
  /** Where it keeps its data (persistent kinds). */
  dataDir: string
  /** Ends the process (SIGTERM, SIGKILL after 10 s) and waits for it. */
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

interface Launch {
  args: string[]
  env: Record<string, string>
  /** Finds the port (and Referat's token) in the output once it is listening. */
  ready: RegExp
}

async function launchOf(kind: ServerKind, dataDir: string, profileDir?: string): Promise<Launch> {
  switch (kind) {
    case 'referat': {
      const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
      return {
        args: [...prof, '--import', tsxLoader, join(repoRoot, 'server/src/main.ts')],
        env: {
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          REFERAT_SECRET,
          ...REFERAT_BENCH_ENV,
        },
        ready: /\?token=(\S+)/,
      }
    }
    case 'yws-memory':
    case 'yws-leveldb': {
      const port = String(await freePort())
      return {
        args: [ywsServer],
        env: {
          HOST: '127.0.0.1',
          PORT: port,
          ...(kind === 'yws-leveldb' ? { YPERSISTENCE: join(dataDir, 'leveldb') } : {}),
        },
        ready: new RegExp(`running at '127.0.0.1' on port (${port})`),
      }
    }
    case 'hocuspocus-memory':
    case 'hocuspocus-sqlite':
      return {
        args: [hocuspocusScript],
        env:
          kind === 'hocuspocus-sqlite' ? { SQLITE_FILE: join(dataDir, 'hocuspocus.sqlite') } : {},
        ready: /hocuspocus listening on (\d+)/,
      }
  }
}

/** Starts a server of `kind` keeping its data in `dataDir`; resolves once it listens. */
export async function startTarget(
  kind: ServerKind,
  dataDir: string,
  profileDir?: string,
): Promise<Target> {
  mkdirSync(dataDir, { recursive: true })
  const launch = await launchOf(kind, dataDir, profileDir)
  const child = spawn(process.execPath, launch.args, {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      ...launch.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  let output = ''
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start in time'), STARTUP_TIMEOUT_MS)
    const fail = (why: string) => {
      clearTimeout(timer)
      reject(new Error(`${kind} ${why}:\n${output}`))
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const found = launch.ready.exec(output)
      if (!found) return
      clearTimeout(timer)
      resolve(found)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then(() => fail('exited'))
  })
  // Keep draining the pipes so a chatty server never blocks on a full one.
  child.stdout.resume()
  child.stderr.resume()
  let httpUrl: string
  let organizerToken = ''
  if (kind === 'referat') {
    httpUrl = (/Referat is running at (http:\/\/\S+)/.exec(output)?.[1] ?? '').replace(/\/$/, '')
    organizerToken = match[1] as string
  } else {
    httpUrl = `http://127.0.0.1:${match[1]}`
  }
  const ws = httpUrl.replace(/^http/, 'ws')
  return {
    kind,
    pid: child.pid as number,
    httpUrl,
    wsUrl: kind === 'referat' ? `${ws}/collab` : ws,
    organizerToken,
    dataDir,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
