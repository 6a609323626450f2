import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { defaultConfig, type ServerConfig } from '../../src/config'
import { createServer, type ReferatServer } from '../../src/createServer'
import { createLogger } from '../../src/log/createLogger'
import type { Logger } from '../../src/log/Logger'
import type { Storage } from '../../src/storage/Storage'

export interface StartOptions {
  /** Reuse this data folder (it is then not removed). */
  dataDir?: string
  /** Storage to use instead of the default SQLite storage in the data folder. */
  storage?: (dataDir: string) => Storage
  /** Logger to use instead of a silent one. */
  logger?: Logger
}

export interface TestServer {
  server: ReferatServer
  url: string
  dataDir: string
  organizerToken: string
  /** A new server on the same data folder (the old one must be closed first). */
  restart(): Promise<TestServer>
}

/**
 * A real Referat server on 127.0.0.1, port 0, with SQLite in a temporary folder. It is closed
 * and its folder removed when the test finishes.
 */
export async function startServer(
  overrides: Partial<ServerConfig> = {},
  options: StartOptions = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'referat-test-'))
  const config: ServerConfig = {
    ...defaultConfig,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    clientDist: join(dataDir, 'no-client'),
    logLevel: 'silent',
    ...overrides,
  }
  const server = createServer(config, {
    logger: options.logger ?? createLogger('silent'),
    storage: options.storage?.(dataDir),
  })
  await server.listen()
  onTestFinished(async () => {
    await server.close()
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
  })
  return {
    server,
    url: server.url,
    dataDir,
    organizerToken: server.tokens.organizer(),
    async restart() {
      await server.close()
      return startServer(overrides, { ...options, dataDir })
    },
  }
}
