import { setTimeout as sleep } from 'node:timers/promises'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { DocLayout } from '@referat/shared'
import * as Y from 'yjs'
import { connectBenchClient, type BenchClient } from './benchClient'
import type {
  ColdJob,
  ColdJobResult,
  GeneratorJob,
  GeneratorReply,
  JobRoom,
  LoadJob,
  SeedJob,
} from './GeneratorJob'
import type { LoadRun } from './LoadBenchResult'
import { procStats } from './procStats'
import { percentile } from './stats'

/*
 * The load generator: a child process of the runner (loadBench) that holds every client of a job,
 * so all latency markers are stamped and read on one clock. It gets one job over IPC, answers
 * with its figures and exits.
 */

/**
 * The latency marker set with every edit under a new key (`sender.seq`) of the root Y.Map
 * 'bench'. A map, not an array: a Y.Array event's `changes` walks the whole array, which made the
 * generator's cost grow with every edit; `keysChanged` of a map costs only what changed.
 */
interface Marker {
  /** sender, sequence number, performance.now() at the edit, 1 when made in the window */
  s: number
  q: number
  t: number
  w: 0 | 1
}

const BATCH = 100

// Every y-websocket provider adds an exit listener to the process; hundreds are expected here.
process.setMaxListeners(0)
const SYNC_TIMEOUT_MS = 60_000

const bodyLength = (doc: Y.Doc) => doc.getXmlFragment(DocLayout.body).length

/** Connects `count` clients in parallel batches and waits until each has synced. */
async function connectAll(
  job: GeneratorJob,
  specs: { room: JobRoom; token: string }[],
): Promise<BenchClient[]> {
  const clients: BenchClient[] = []
  for (let i = 0; i < specs.length; i += BATCH) {
    const batch = specs
      .slice(i, i + BATCH)
      .map(({ room, token }) => connectBenchClient(job.protocol, job.wsUrl, room.name, token))
    clients.push(...batch)
    await withTimeout(Promise.all(batch.map((c) => c.synced)), 'clients to sync')
  }
  return clients
}

async function withTimeout<T>(promise: Promise<T>, what: string, ms = SYNC_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Resolves once `doc` holds all `items` agenda items. */
function whenComplete(doc: Y.Doc, items: number): Promise<void> {
  if (bodyLength(doc) >= items) return Promise.resolve()
  return new Promise((resolve) => {
    const onUpdate = () => {
      if (bodyLength(doc) < items) return
      doc.off('update', onUpdate)
      resolve()
    }
    doc.on('update', onUpdate)
  })
}

/** A reference server's room starts empty: the client puts the meeting in. */
async function seed(client: BenchClient, state: Uint8Array | null): Promise<void> {
  if (!state) return
  Y.applyUpdate(client.doc, state)
  await client.settled()
}

/** The text of the first paragraph of agenda item `index`. */
function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const item = doc.getXmlFragment(DocLayout.body).get(index)
  if (item instanceof Y.XmlElement) {
    for (const child of item.toArray()) {
      if (!(child instanceof Y.XmlElement) || child.nodeName !== 'paragraph') continue
      const text = child.get(0)
      if (text instanceof Y.XmlText) return text
    }
  }
  throw new Error(`agenda item ${index} has no paragraph with text`)
}

async function runLoad(job: LoadJob): Promise<LoadRun> {
  const roomSize = job.editors + job.viewers
  // The first editor of each room connects (and seeds) first; the others join a ready room.
  const first = await connectAll(
    job,
    job.rooms.map((room) => ({ room, token: room.editorToken })),
  )
  await Promise.all(first.map((client) => seed(client, job.seedState)))
  const rest = await connectAll(
    job,
    job.rooms.flatMap((room) => [
      ...Array.from({ length: job.editors - 1 }, () => ({ room, token: room.editorToken })),
      ...Array.from({ length: job.viewers }, () => ({ room, token: room.viewerToken })),
    ]),
  )
  const perRoom = job.editors - 1 + job.viewers
  const rooms = first.map((client, r) => [client, ...rest.slice(r * perRoom, (r + 1) * perRoom)])
  await withTimeout(
    Promise.all(rooms.flat().map((c) => whenComplete(c.doc, job.items))),
    'every client to hold the meeting',
  )

  const latencies: number[] = []
  let delivered = 0
  let expected = 0
  let windowEdits = 0
  let phase: 'warmup' | 'window' | 'drain' = 'warmup'
  for (const client of rooms.flat()) {
    const markers = client.doc.getMap<Marker>('bench')
    markers.observe((event) => {
      if (event.transaction.local) return
      const now = performance.now()
      for (const key of event.keysChanged) {
        const marker = markers.get(key)
        if (marker?.w !== 1) continue
        delivered++
        latencies.push(now - marker.t)
      }
    })
  }

  const timers: NodeJS.Timeout[] = []
  const periodMs = 1000 / job.editsPerSecond
  let sender = 0
  for (const room of rooms) {
    for (let e = 0; e < job.editors; e++) {
      const doc = (room[e] as BenchClient).doc
      const text = paragraphText(doc, e % job.items)
      const bench = doc.getMap<Marker>('bench')
      const id = sender++
      let seq = 0
      const edit = () => {
        if (phase === 'drain') return
        const inWindow = phase === 'window'
        doc.transact(() => {
          text.insert(Math.floor(Math.random() * (text.length + 1)), 'ab ')
          bench.set(`${id}.${seq}`, { s: id, q: seq++, t: performance.now(), w: inWindow ? 1 : 0 })
        })
        if (inWindow) {
          windowEdits++
          expected += roomSize - 1
        }
      }
      // Spread the editors over the period so the load is even, not in bursts.
      const start = setTimeout(
        () => timers.push(setInterval(edit, periodMs)),
        Math.random() * periodMs,
      )
      timers.push(start)
    }
  }

  const lag = monitorEventLoopDelay({ resolution: 10 })
  await sleep(job.warmupMs)
  lag.enable()
  phase = 'window'
  const cpu0 = procStats(job.serverPid).cpuSeconds
  const ownCpu0 = process.cpuUsage()
  const t0 = performance.now()
  await sleep(job.windowMs)
  phase = 'drain'
  const windowSeconds = (performance.now() - t0) / 1000
  for (const timer of timers) clearInterval(timer)
  const drainUntil = performance.now() + job.drainMs
  while (delivered < expected && performance.now() < drainUntil) await sleep(20)
  const end = procStats(job.serverPid)
  lag.disable()
  const ownCpu = process.cpuUsage(ownCpu0)
  const elapsed = (performance.now() - t0) / 1000
  const cpuSeconds = end.cpuSeconds - cpu0
  for (const client of rooms.flat()) client.destroy()
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: percentile(latencies, 1),
    delivered,
    expected,
    lost: expected - delivered,
    cpuSeconds,
    cpuPer1000: delivered > 0 ? cpuSeconds / (delivered / 1000) : NaN,
    rssMb: end.rssMb,
    peakRssMb: end.peakRssMb,
    editsPerSecond: windowEdits / windowSeconds,
    targetEditsPerSecond: job.rooms.length * job.editors * job.editsPerSecond,
    generatorLagP99Ms: lag.percentile(99) / 1e6,
    generatorCpuPercent: ((ownCpu.user + ownCpu.system) / 1e6 / elapsed) * 100,
  }
}

async function runCold(job: ColdJob): Promise<ColdJobResult> {
  await sleep(1000)
  const before = procStats(job.serverPid)
  const clients: BenchClient[] = []
  const syncedMs: number[] = []
  const contentMs: number[] = []
  let syncedBeforeContent = 0
  let incomplete = 0
  for (const room of job.rooms) {
    const start = performance.now()
    const client = connectBenchClient(job.protocol, job.wsUrl, room.name, room.editorToken)
    clients.push(client)
    await withTimeout(client.synced, `room ${room.name} to sync`)
    syncedMs.push(performance.now() - start)
    if (job.seedState) {
      await seed(client, job.seedState)
      continue
    }
    if (bodyLength(client.doc) < job.items) syncedBeforeContent++
    try {
      await withTimeout(whenComplete(client.doc, job.items), `room ${room.name}'s content`, 10_000)
      contentMs.push(performance.now() - start)
    } catch {
      incomplete++
    }
  }
  await sleep(2000)
  const after = procStats(job.serverPid)
  // Every meeting edited once: what a meeting costs while someone writes in it.
  for (const client of clients) paragraphText(client.doc, 0).insert(0, 'x')
  await Promise.all(clients.map((client) => client.settled()))
  await sleep(2000)
  const edited = procStats(job.serverPid)
  const receivedBytes = clients[0] ? Y.encodeStateAsUpdate(clients[0].doc).length : 0
  for (const client of clients) client.destroy()
  return {
    syncedMs: job.seedState ? [] : syncedMs,
    contentMs,
    receivedBytes,
    syncedBeforeContent,
    incomplete,
    rssBeforeMb: before.rssMb,
    rssAfterMb: after.rssMb,
    rssEditedMb: edited.rssMb,
  }
}

async function runSeed(job: SeedJob): Promise<{ rooms: number }> {
  const specs = job.rooms.map((room) => ({ room, token: room.editorToken }))
  const seeders = await connectAll(job, specs)
  await Promise.all(seeders.map((client) => seed(client, job.seedState)))
  // A second client per room proves the server has the whole meeting before it is stopped.
  const checkers = await connectAll(job, specs)
  await withTimeout(
    Promise.all(checkers.map((c) => whenComplete(c.doc, job.items))),
    'the seeded meetings',
  )
  for (const client of [...seeders, ...checkers]) client.destroy()
  return { rooms: job.rooms.length }
}

function run(job: GeneratorJob): Promise<unknown> {
  switch (job.type) {
    case 'load':
      return runLoad(job)
    case 'cold':
      return runCold(job)
    case 'seed':
      return runSeed(job)
  }
}

process.once('message', (job: GeneratorJob) => {
  const reply = (message: GeneratorReply) => process.send?.(message, () => process.exit(0))
  run(job).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, error: (error as Error).stack ?? String(error) }),
  )
})
