import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'

const SOURCE = new URL('./sw.js', import.meta.url)

/** Build outputs the worker must not keep: source maps and the worker itself. */
const skipped = (fileName: string) => fileName.endsWith('.map') || fileName === 'sw.js'

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  } catch {
    return []
  }
  return entries
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => relative(dir, join(dir, entry)).split(sep).join('/'))
}

/**
 * Writes `sw.js` into the build: `serviceWorker/sw.js` with the list of files to precache
 * (index.html, every chunk and asset, the public files) and a version that is a hash of all of
 * them, so each deploy gets a cache of its own. Production builds only; Vite dev has no worker.
 */
export function serviceWorkerPlugin(): Plugin {
  let publicDir = ''
  let base = '/'
  return {
    name: 'referat-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
      base = config.base
    },
    writeBundle(options, bundle) {
      const outDir = options.dir
      if (!outDir) throw new Error('serviceWorkerPlugin needs an output directory')
      const source = readFileSync(SOURCE, 'utf8')
      const hash = createHash('sha256').update(source)
      const contents = new Map<string, string | Uint8Array>()
      for (const output of Object.values(bundle)) {
        if (skipped(output.fileName)) continue
        contents.set(output.fileName, output.type === 'chunk' ? output.code : output.source)
      }
      for (const file of filesUnder(publicDir)) {
        if (!skipped(file)) contents.set(file, readFileSync(join(publicDir, file)))
      }
      const names = [...contents.keys()].sort()
      for (const name of names) hash.update(name).update(contents.get(name) ?? '')
      const build = { version: hash.digest('hex').slice(0, 16), files: names.map((n) => base + n) }
      writeFileSync(
        join(outDir, 'sw.js'),
        `self.REFERAT_BUILD = ${JSON.stringify(build)}\n\n${source}`,
      )
    },
  }
}
