import { fileURLToPath } from 'node:url'
import { configFrom } from './config'
import { createServer } from './createServer'
import { PostgresStorage } from './storage/PostgresStorage'

const clientDist = fileURLToPath(new URL('../../client/dist', import.meta.url))

async function main(): Promise<void> {
  const config = configFrom(process.env, process.argv.slice(2), clientDist)
  // DATABASE_URL: PostgreSQL (migrated at start), for several instances; else SQLite in DATA_DIR.
  const storage = config.databaseUrl
    ? await PostgresStorage.open({
        connectionString: config.databaseUrl,
        schema: config.databaseSchema,
      })
    : undefined
  const server = createServer(config, { storage })
  await server.listen()
  process.stdout.write(
    `\nReferat is running at ${server.url}\n` +
      (storage ? 'Storage: PostgreSQL (DATABASE_URL)\n' : `Data folder: ${config.dataDir}\n`) +
      '\n' +
      `Open the organizer URL to create meetings (keep it secret):\n` +
      `  ${server.organizerUrl}\n\n`,
  )
  const stop = (signal: string) => {
    process.stdout.write(`\n${signal}: storing everything and shutting down …\n`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(`Referat could not start: ${(error as Error).message}`)
  process.exit(1)
})
