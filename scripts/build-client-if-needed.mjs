// Builds the client when client/dist is missing or older than its sources (used by `npm start`).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'client/dist/index.html')
const sources = [
  'client/src',
  'client/index.html',
  'client/vite.config.ts',
  'client/serviceWorker',
  'client/public',
  'shared/src',
]

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

const sourceTime = Math.max(
  ...sources
    .map((path) => join(root, path))
    .filter(existsSync)
    .map(newest),
)
if (existsSync(built) && statSync(built).mtimeMs >= sourceTime) process.exit(0)

console.log('Building the client …')
const result = spawnSync('npm', ['run', 'build', '-w', '@referat/client'], {
  cwd: root,
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
