import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { browserBench } from './browser/browserBench'
import { printBrowserBench } from './browser/printBrowserBench'
import { exportBench } from './exportBench'
import { loadBench, QUICK_OPTIONS } from './load/loadBench'

/*
 * `npm run bench [-- --only export,load,browser] [--quick]`: every benchmark, printing figures
 * against their targets, and the figures as JSON in server/bench/results/<time>.json. Exits 1
 * when a target is missed. Run it on a quiet machine: other work skews every figure.
 */
const BENCHES = ['export', 'load', 'browser'] as const
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

if (only.includes('export')) {
  const result = await exportBench(values.quick ? 3 : 7)
  results.export = result
  if (!result.ok) missed.push('export')
}
if (only.includes('load')) {
  console.log('\nServer load (this takes a while; progress on stderr)')
  const result = await loadBench(values.quick ? QUICK_OPTIONS : {})
  results.load = result
  if (result.targets.some((target) => !target.met)) missed.push('load')
}
if (only.includes('browser')) {
  console.log('\nBrowser: a 300-item meeting in headless Chromium')
  const result = await browserBench(values.quick ? { runs: 2 } : {})
  console.log(printBrowserBench(result).join('\n'))
  results.browser = result
  if (!result.ok) missed.push('browser')
}

const folder = fileURLToPath(new URL('results', import.meta.url))
mkdirSync(folder, { recursive: true })
const file = join(folder, `${started.toISOString().replaceAll(':', '-').slice(0, 19)}.json`)
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nFigures written to ${file}`)
if (missed.length > 0) {
  console.log(`Some targets were missed (${missed.join(', ')}); see the tables above.`)
  process.exitCode = 1
}
