import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import pg from 'pg'
import { benchMeeting } from '../load/benchMeeting'
import { connectBenchClient, type BenchClient } from '../load/benchClient'
import { importMeetings } from '../load/importMeetings'
import { procStats } from '../load/procStats'
import { percentile } from '../load/stats'
import type { Target } from '../load/startTarget'

const require = createRequire(import.meta.url)
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const tsxLoader = pathToFileURL(require.resolve('tsx')).href
const SECRET = 'scale-out-benchmark-secret-0123456789abcdef'

export interface ScaleoutOptions {
  databaseUrl: string
  redisUrl: string
  editors: number
  viewers: number
  editsPerSecond: number
  warmupMs: number
  windowMs: number
  drainMs: number
}

export const DEFAULT_SCALEOUT_OPTIONS: ScaleoutOptions = {
  databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  editors: 20,
  viewers: 60,
  editsPerSecond: 5,
  warmupMs: 1500,
  windowMs: 5000,
  drainMs: 3000,
}

/** The figures of one configuration (1 or 2 instances). */
export interface ScaleoutRun {
  instances: number
  editsPerSecond: number
  deliveriesPerSecond: number
  delivered: number
  lost: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  maxMs: number
  /** Server CPU seconds (all instances) per 1,000 deliveries. */
  cpuPer1k: number
  rssMb: number
}

interface Instance {
  child: ChildProcess
  target: Target
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, 'server/src/main.ts', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env, LOG_LEVEL: 'warn', MAX_CONNECTIONS_PER_IP: '100000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('an instance did not start')), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /running at (http:\/\/127\.0\.0\.1:\d+)[\s\S]*\?token=(\S+)/.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve(`${found[1]}|${found[2]}`)
      }
    })
    child.once('exit', () => reject(new Error(`an instance exited: ${output}`)))
  })
  const [httpUrl, organizerToken] = url.split('|') as [string, string]
  const target: Target = {
    kind: 'referat',
    pid: child.pid as number,
    httpUrl,
    wsUrl: `${httpUrl.replace(/^http/, 'ws')}/collab`,
    organizerToken,
    dataDir: '',
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
  return { child, target }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One configuration: `count` instances, clients spread round-robin over them. */
async function runWith(count: number, options: ScaleoutOptions): Promise<ScaleoutRun> {
  const schema = `referat_bench_${process.pid}_${count}_${Date.now().toString(36)}`
  const env = {
    DATABASE_URL: options.databaseUrl,
    DATABASE_SCHEMA: schema,
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: `${schema}:`,
    REFERAT_SECRET: SECRET,
  }
  const instances: Instance[] = []
  const clients: BenchClient[] = []
  try {
    for (let i = 0; i < count; i++) instances.push(await startInstance(env))
    const meeting = benchMeeting(10)
    const [room] = await importMeetings((instances[0] as Instance).target, meeting.markdown, 1)
    if (!room) throw new Error('no meeting')
    const total = options.editors + options.viewers
    // y-websocket's provider listens for the process's exit, once per client.
    process.setMaxListeners(total + 20)
    for (let i = 0; i < total; i++) {
      const target = (instances[i % count] as Instance).target
      const token = i < options.editors ? room.editorToken : room.viewerToken
      clients.push(connectBenchClient('y-websocket', target.wsUrl, room.name, token))
    }
    await Promise.all(clients.map((client) => client.synced))

    let phase: 'warmup' | 'window' | 'drain' = 'warmup'
    const latencies: number[] = []
    let expected = 0
    let edits = 0
    for (const client of clients) {
      const markers = client.doc.getMap<{ t: number; w: number }>('bench')
      markers.observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          const marker = markers.get(key)
          if (marker?.w === 1) latencies.push(now - marker.t)
        }
      })
    }
    const timers: NodeJS.Timeout[] = []
    clients.slice(0, options.editors).forEach((client, id) => {
      const text = client.doc.getText('scaleout')
      const bench = client.doc.getMap('bench')
      let seq = 0
      const edit = () => {
        if (phase === 'drain') return
        const inWindow = phase === 'window'
        client.doc.transact(() => {
          text.insert(0, 'ab ')
          bench.set(`${id}.${seq++}`, { t: performance.now(), w: inWindow ? 1 : 0 })
        })
        if (inWindow) {
          edits++
          expected += total - 1
        }
      }
      const period = 1000 / options.editsPerSecond
      timers.push(setTimeout(() => timers.push(setInterval(edit, period)), Math.random() * period))
    })
    await sleep(options.warmupMs)
    const before = instances.map(({ target }) => procStats(target.pid).cpuSeconds)
    phase = 'window'
    await sleep(options.windowMs)
    phase = 'drain'
    timers.forEach((timer) => clearTimeout(timer))
    await sleep(options.drainMs)
    const after = instances.map(({ target }) => procStats(target.pid))
    const cpu = after.reduce((sum, stats, i) => sum + stats.cpuSeconds - (before[i] ?? 0), 0)
    const sorted = Float64Array.from(latencies).sort()
    const quantile = (q: number) => (sorted.length ? percentile(sorted, q) : 0)
    return {
      instances: count,
      editsPerSecond: edits / (options.windowMs / 1000),
      deliveriesPerSecond: latencies.length / (options.windowMs / 1000),
      delivered: latencies.length,
      lost: expected - latencies.length,
      p50Ms: quantile(0.5),
      p95Ms: quantile(0.95),
      p99Ms: quantile(0.99),
      maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : 0,
      cpuPer1k: latencies.length ? (cpu / latencies.length) * 1000 : 0,
      rssMb: after.reduce((sum, stats) => sum + stats.rssMb, 0),
    }
  } finally {
    clients.forEach((client) => client.destroy())
    await Promise.all(instances.map(({ target }) => target.stop()))
    const db = new pg.Client({ connectionString: options.databaseUrl })
    await db.connect()
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => db.end())
  }
}

/**
 * Issue 8, item 5: the same load (one meeting, `editors` writing, `viewers` reading) on one
 * Referat instance and on two behind no balancer (the clients spread round-robin), both on
 * PostgreSQL and Redis. The clients run in this process. Returns both runs.
 */
export async function scaleoutBench(
  overrides: Partial<ScaleoutOptions> = {},
): Promise<ScaleoutRun[]> {
  const options = { ...DEFAULT_SCALEOUT_OPTIONS, ...overrides }
  const runs: ScaleoutRun[] = []
  for (const count of [1, 2]) runs.push(await runWith(count, options))
  return runs
}

/** The runs side by side. */
export function formatScaleout(runs: readonly ScaleoutRun[]): string[] {
  const row = (cells: (string | number)[]) =>
    cells.map((cell, i) => String(cell).padStart(i === 0 ? 9 : 11)).join(' ')
  const fixed = (n: number, d = 1) => n.toFixed(d)
  return [
    row([
      'instances',
      'edits/s',
      'deliv/s',
      'lost',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'CPU s/1k',
      'RSS MB',
    ]),
    ...runs.map((run) =>
      row([
        run.instances,
        fixed(run.editsPerSecond),
        fixed(run.deliveriesPerSecond, 0),
        run.lost,
        fixed(run.p50Ms),
        fixed(run.p95Ms),
        fixed(run.p99Ms),
        fixed(run.maxMs),
        fixed(run.cpuPer1k, 3),
        fixed(run.rssMb, 0),
      ]),
    ),
  ]
}
