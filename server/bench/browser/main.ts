import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { browserBench } from './browserBench'
import { printBrowserBench } from './printBrowserBench'

// `npx tsx bench/browser/main.ts [--runs 5] [--items 300] [--profile prefix] [--json file]`,
// run from server/ after building the client. Exits 1 when a target is missed.
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    items: { type: 'string' },
    characters: { type: 'string' },
    remote: { type: 'string' },
    profile: { type: 'string' },
    json: { type: 'string' },
  },
})
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value))

const result = await browserBench({
  runs: number(values.runs),
  items: number(values.items),
  characters: number(values.characters),
  remoteEditors: number(values.remote),
  profilePrefix: values.profile,
})
console.log(printBrowserBench(result).join('\n'))
if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2))
if (!result.ok) process.exitCode = 1
