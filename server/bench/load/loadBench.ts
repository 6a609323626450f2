import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchMeeting, type BenchMeeting } from './benchMeeting'
import { evaluateTargets } from './evaluateTargets'
import { formatLoadTable } from './formatLoadTable'
import type { JobRoom, LoadJob } from './GeneratorJob'
import { importMeetings } from './importMeetings'
import {
  LOAD_SCENARIOS,
  PERSISTENT_KINDS,
  SERVER_KINDS,
  type ColdFigures,
  type LoadBenchOptions,
  type LoadBenchResult,
  type LoadEnvironment,
  type LoadFigures,
  type LoadRun,
  type LoadScenario,
  type ServerKind,
} from './LoadBenchResult'
import { clkTck } from './procStats'
import { runGenerator } from './runGenerator'
import { REFERAT_BENCH_ENV, startTarget, type Target } from './startTarget'
import { median, percentile } from './stats'

/** Rooms, clients and edit rate of each load scenario (issue 6). */
export const SCENARIOS: Record<
  LoadScenario,
  { rooms: number; editors: number; viewers: number; editsPerSecond: number }
> = {
  meeting: { rooms: 1, editors: 5, viewers: 50, editsPerSecond: 5 },
  busy: { rooms: 1, editors: 30, viewers: 150, editsPerSecond: 5 },
  rooms: { rooms: 200, editors: 2, viewers: 3, editsPerSecond: 1 },
}

/** Agenda items of the meeting in the load scenarios (about 13 KB of Yjs state). */
const LOAD_ITEMS = 20

export const DEFAULT_OPTIONS: LoadBenchOptions = {
  scenarios: [...LOAD_SCENARIOS, 'cold'],
  servers: SERVER_KINDS,
  runs: 3,
  warmupMs: 1500,
  windowMs: 5000,
  drainMs: 3000,
  coldMeetings: 100,
  coldItems: 300,
}

/** `--quick`: one run, short windows, 20 cold meetings. */
export const QUICK_OPTIONS: Partial<LoadBenchOptions> = {
  runs: 1,
  warmupMs: 1000,
  windowMs: 3000,
  drainMs: 3000,
  coldMeetings: 20,
}

const require = createRequire(import.meta.url)
/** The version in an installed package's package.json (some do not export that file). */
function versionOf(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    const file = join(folder, name, 'package.json')
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
  }
  return 'unknown'
}

function environment(): LoadEnvironment {
  const names = [
    'y-websocket-v2',
    '@hocuspocus/server',
    '@hocuspocus/extension-sqlite',
    '@hocuspocus/provider',
    'y-websocket',
    'yjs',
  ]
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpuCount: cpus().length,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.version,
    clkTck: clkTck(),
    versions: Object.fromEntries(names.map((name) => [name, versionOf(name)])),
    referatSettings: { ...REFERAT_BENCH_ENV },
  }
}

const progress = (line: string) => process.stderr.write(`${line}\n`)
const protocolOf = (kind: ServerKind) =>
  kind.startsWith('hocuspocus') ? 'hocuspocus' : 'y-websocket'

/** A server of `kind` in a fresh data folder, removed again after `use`. */
async function withTarget<T>(
  kind: ServerKind,
  options: LoadBenchOptions,
  use: (target: Target, restart: () => Promise<Target>) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), `referat-load-${kind}-`))
  let target = await startTarget(kind, dataDir, options.profileDir)
  try {
    return await use(target, async () => {
      await target.stop()
      target = await startTarget(kind, dataDir, options.profileDir)
      return target
    })
  } finally {
    await target.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Rooms of a reference server: names only, no tokens. */
const namedRooms = (prefix: string, count: number): JobRoom[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${i}`,
    editorToken: '',
    viewerToken: '',
  }))

async function loadRun(
  kind: ServerKind,
  scenario: LoadScenario,
  meeting: BenchMeeting,
  options: LoadBenchOptions,
): Promise<LoadRun> {
  const shape = SCENARIOS[scenario]
  return withTarget(kind, options, async (target) => {
    const referat = kind === 'referat'
    const rooms = referat
      ? await importMeetings(target, meeting.markdown, shape.rooms)
      : namedRooms(scenario, shape.rooms)
    const job: LoadJob = {
      type: 'load',
      protocol: protocolOf(kind),
      wsUrl: target.wsUrl,
      serverPid: target.pid,
      rooms,
      items: LOAD_ITEMS,
      seedState: referat ? null : meeting.state,
      editors: shape.editors,
      viewers: shape.viewers,
      editsPerSecond: shape.editsPerSecond,
      warmupMs: options.warmupMs,
      windowMs: options.windowMs,
      drainMs: options.drainMs,
    }
    return runGenerator(job)
  })
}

/** Medians over runs of every figure; `lost` is the sum, `max` the largest. */
function summarize(runs: LoadRun[]): LoadFigures {
  const mid = (pick: (r: LoadRun) => number) => median(runs.map(pick))
  return {
    p50: mid((r) => r.p50),
    p95: mid((r) => r.p95),
    p99: mid((r) => r.p99),
    max: Math.max(...runs.map((r) => r.max)),
    delivered: mid((r) => r.delivered),
    expected: mid((r) => r.expected),
    lost: runs.reduce((sum, r) => sum + r.lost, 0),
    cpuSeconds: mid((r) => r.cpuSeconds),
    cpuPer1000: mid((r) => r.cpuPer1000),
    rssMb: mid((r) => r.rssMb),
    peakRssMb: mid((r) => r.peakRssMb),
    editsPerSecond: mid((r) => r.editsPerSecond),
    targetEditsPerSecond: mid((r) => r.targetEditsPerSecond),
    generatorLagP99Ms: mid((r) => r.generatorLagP99Ms),
    generatorCpuPercent: mid((r) => r.generatorCpuPercent),
    runs,
  }
}

async function coldRun(
  kind: ServerKind,
  meeting: BenchMeeting,
  options: LoadBenchOptions,
): Promise<ColdFigures> {
  const persistent = PERSISTENT_KINDS.includes(kind)
  return withTarget(kind, options, async (first, restart) => {
    const base = {
      protocol: protocolOf(kind),
      items: options.coldItems,
    } as const
    let rooms = namedRooms('cold', options.coldMeetings)
    let target = first
    if (persistent) {
      if (kind === 'referat') {
        rooms = await importMeetings(target, meeting.markdown, options.coldMeetings)
      } else {
        await runGenerator({
          type: 'seed',
          ...base,
          wsUrl: target.wsUrl,
          serverPid: target.pid,
          rooms,
          seedState: meeting.state,
        })
        // Give the reference a moment to finish its writes (LevelDB, the SQLite store on unload).
        await new Promise((resolve) => setTimeout(resolve, 2000))
      }
      target = await restart()
    }
    const result = await runGenerator({
      type: 'cold',
      ...base,
      wsUrl: target.wsUrl,
      serverPid: target.pid,
      rooms,
      seedState: persistent ? null : meeting.state,
    })
    const ms = (values: number[], q: number) => (values.length ? percentile(values, q) : null)
    return {
      meetings: rooms.length,
      stateBytes: meeting.state.length,
      receivedBytes: result.receivedBytes,
      measured: persistent ? 'load' : 'seed',
      syncedMedianMs: ms(result.syncedMs, 0.5),
      syncedP95Ms: ms(result.syncedMs, 0.95),
      contentMedianMs: ms(result.contentMs, 0.5),
      contentP95Ms: ms(result.contentMs, 0.95),
      syncedBeforeContent: result.syncedBeforeContent,
      incomplete: result.incomplete,
      mbPerMeeting: (result.rssAfterMb - result.rssBeforeMb) / rooms.length,
      mbPerEditedMeeting: (result.rssEditedMb - result.rssBeforeMb) / rooms.length,
      rssBeforeMb: result.rssBeforeMb,
      rssAfterMb: result.rssAfterMb,
      rssEditedMb: result.rssEditedMb,
    }
  })
}

/**
 * The server load benchmark of issue 6: Referat against y-websocket@2.1.0's server (in memory
 * and LevelDB) and Hocuspocus 3.4 (in memory and SQLite), each server its own child process,
 * real clients in a separate load-generator process. Prints a table and returns every figure.
 */
export async function loadBench(
  overrides: Partial<LoadBenchOptions> = {},
): Promise<LoadBenchResult> {
  const options: LoadBenchOptions = { ...DEFAULT_OPTIONS, ...overrides }
  const startedAt = new Date()
  const start = performance.now()
  const env = environment()
  const load: LoadBenchResult['load'] = {}
  const cold: LoadBenchResult['cold'] = {}
  const loadMeeting = benchMeeting(LOAD_ITEMS)

  for (const scenario of LOAD_SCENARIOS.filter((s) => options.scenarios.includes(s))) {
    const runs = new Map<ServerKind, LoadRun[]>(options.servers.map((kind) => [kind, []]))
    // Servers take turns within each run, so a disturbance on the machine hits all of them.
    for (let run = 0; run < options.runs; run++) {
      for (const kind of options.servers) {
        const result = await loadRun(kind, scenario, loadMeeting, options)
        runs.get(kind)?.push(result)
        progress(
          `${scenario} ${kind} run ${run + 1}: p99 ${result.p99.toFixed(1)} ms, ` +
            `${result.delivered}/${result.expected} delivered, ` +
            `${result.cpuPer1000.toFixed(3)} CPU s/1000, ${result.editsPerSecond.toFixed(0)} edits/s`,
        )
      }
    }
    load[scenario] = Object.fromEntries([...runs].map(([kind, r]) => [kind, summarize(r)]))
  }

  if (options.scenarios.includes('cold')) {
    const coldMeeting = benchMeeting(options.coldItems)
    for (const kind of options.servers) {
      cold[kind] = await coldRun(kind, coldMeeting, options)
      progress(`cold ${kind}: ${JSON.stringify(cold[kind])}`)
    }
  }

  const result: LoadBenchResult = {
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((performance.now() - start) / 1000),
    options,
    environment: env,
    load,
    cold,
    targets: evaluateTargets({ load, cold }),
  }
  console.log(formatLoadTable(result))
  return result
}
