import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { browserBench } from './browser/browserBench'
import { formatScaleout, scaleoutBench } from './scaleout/scaleoutBench'
import { printBrowserBench } from './browser/printBrowserBench'
import { exportBench } from './exportBench'
import { loadBench, QUICK_OPTIONS } from './load/loadBench'

/*
 * `npm run bench [-- --only export,load,browser] [--quick]`: every benchmark, printing figures
 * against their targets, and the figures as JSON in server/bench/results/<time>.json. Exits 1
 * when a target is missed. Run it on a quiet machine: other work skews every figure.
 */
const BENCHES = ['export', 'load', 'browser', 'scaleout'] as const
type Bench = (typeof BENCHES)[number]

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
})
const only = (values.only?.split(',') ?? [...BENCHES]) as Bench[]
const unknown = only.filter((name) => !BENCHES.includes(name))
if (unknown.length > 0) throw new Error(`--only: unknown ${unknown.join(', ')}`)

const started = new Date()
const results: Record<string, unknown> = { startedAt: started.toISOString() }
const missed: string[] = []

/** Runs one benchmark; a benchmark that fails is recorded as failed, and the others still run. */
async function run(name: Bench, bench: () => Promise<{ ok: boolean; result: unknown }>) {
  if (!only.includes(name)) return
  try {
    const { ok, result } = await bench()
    results[name] = result
    if (!ok) missed.push(name)
  } catch (error) {
    console.log(`\n${name}: the benchmark failed: ${(error as Error).message.split('\n')[0]}`)
    results[name] = { error: String((error as Error).stack ?? error) }
    missed.push(name)
  }
}

await run('export', async () => {
  const result = await exportBench(values.quick ? 3 : 7)
  return { ok: result.ok, result }
})
await run('load', async () => {
  console.log('\nServer load (this takes a while; progress on stderr)')
  const result = await loadBench(values.quick ? QUICK_OPTIONS : {})
  return { ok: result.targets.every((target) => target.met), result }
})
await run('browser', async () => {
  console.log('\nBrowser (about 3 minutes)')
  const result = await browserBench(values.quick ? { runs: 2 } : {})
  console.log(printBrowserBench(result).join('\n'))
  return { ok: result.ok, result }
})

await run('scaleout', async () => {
  console.log('\nScale-out: one meeting on 1 and on 2 instances (PostgreSQL and Redis)')
  const runs = await scaleoutBench(values.quick ? { windowMs: 3000 } : {})
  console.log(formatScaleout(runs).join('\n'))
  return { ok: runs.every((r) => r.lost === 0), result: runs }
})

const folder = fileURLToPath(new URL('results', import.meta.url))
mkdirSync(folder, { recursive: true })
const file = join(folder, `${started.toISOString().replaceAll(':', '-').slice(0, 19)}.json`)
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nFigures written to ${file}`)
if (missed.length > 0) {
  console.log(`Some targets were missed (${missed.join(', ')}); see the tables above.`)
  process.exitCode = 1
}
