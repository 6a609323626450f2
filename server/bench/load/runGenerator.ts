import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { GeneratorJob, GeneratorReply, GeneratorResults } from './GeneratorJob'

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const generatorScript = fileURLToPath(new URL('./generator.ts', import.meta.url))

/** Runs `job` in a fresh load-generator process (not the runner, not a server) and returns its figures. */
export function runGenerator<J extends GeneratorJob>(job: J): Promise<GeneratorResults[J['type']]> {
  const child = fork(generatorScript, [], {
    execArgv: ['--import', tsxLoader],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    let answered = false
    child.once('message', (reply: GeneratorReply) => {
      answered = true
      if (reply.ok) resolve(reply.result as GeneratorResults[J['type']])
      else reject(new Error(`load generator: ${reply.error}`))
    })
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`load generator exited (code ${code}, signal ${signal})`))
    })
    child.send(job)
  })
}
