import { parseArgs } from 'node:util'
import {
  LOAD_SCENARIOS,
  SERVER_KINDS,
  type LoadBenchOptions,
  type LoadScenario,
  type ServerKind,
} from './LoadBenchResult'
import { loadBench, QUICK_OPTIONS } from './loadBench'

/*
 * `npx tsx bench/load/main.ts [--quick] [--runs N] [--scenario busy,cold] [--server referat,…]
 * [--window-ms 6000] [--profile-dir DIR]`, run from server/: prints the table; with --json FILE
 * also writes the figures.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    scenario: { type: 'string' },
    server: { type: 'string' },
    'window-ms': { type: 'string' },
    'cold-meetings': { type: 'string' },
    'profile-dir': { type: 'string' },
    json: { type: 'string' },
  },
})

function list<T extends string>(raw: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (!raw) return undefined
  const items = raw.split(',') as T[]
  const unknown = items.filter((item) => !allowed.includes(item))
  if (unknown.length > 0)
    throw new Error(`unknown: ${unknown.join(', ')} (one of ${allowed.join(', ')})`)
  return items
}

const options: Partial<LoadBenchOptions> = { ...(values.quick ? QUICK_OPTIONS : {}) }
const scenarios = list<LoadScenario | 'cold'>(values.scenario, [...LOAD_SCENARIOS, 'cold'])
const servers = list<ServerKind>(values.server, SERVER_KINDS)
if (scenarios) options.scenarios = scenarios
if (servers) options.servers = servers
if (values.runs) options.runs = Number(values.runs)
if (values['window-ms']) options.windowMs = Number(values['window-ms'])
if (values['cold-meetings']) options.coldMeetings = Number(values['cold-meetings'])
if (values['profile-dir']) options.profileDir = values['profile-dir']

const result = await loadBench(options)
if (values.json) {
  const { writeFileSync } = await import('node:fs')
  writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`)
}
