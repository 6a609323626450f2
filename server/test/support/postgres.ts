import pg from 'pg'
import { onTestFinished } from 'vitest'
import { PostgresStorage } from '../../src/storage/PostgresStorage'

/** The test database: this project's machines run PostgreSQL on 127.0.0.1 with trust auth. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Set by `.ci/run`: the scale-out tests must run, not be skipped. */
export const SCALE_OUT_REQUIRED = process.env.REFERAT_REQUIRE_SCALEOUT === '1'

/** Whether PostgreSQL answers (within 2 s). */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Whether the PostgreSQL tests run here: yes when it answers; when it does not, they fail if
 * `.ci/run` requires them and are skipped with a notice otherwise (a laptop without it).
 */
export async function usePostgres(): Promise<boolean> {
  if (await postgresAvailable()) return true
  if (SCALE_OUT_REQUIRED) throw new Error(`PostgreSQL does not answer at ${TEST_DATABASE_URL}`)
  console.warn(`NOTICE: PostgreSQL does not answer at ${TEST_DATABASE_URL}; its tests are skipped`)
  return false
}

let schemas = 0

/**
 * A `PostgresStorage` in a schema of its own (dropped when the test finishes), so that tests
 * never see each other's meetings.
 */
export async function openTestPostgres(schema = newSchemaName()): Promise<PostgresStorage> {
  const storage = await PostgresStorage.open({ connectionString: TEST_DATABASE_URL, schema })
  onTestFinished(async () => {
    await storage.close()
    await dropSchema(schema)
  })
  return storage
}

export function newSchemaName(): string {
  return `referat_test_${process.pid}_${Date.now().toString(36)}_${schemas++}`
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  } finally {
    await client.end()
  }
}

/** The test Redis (this project's machines run one on 127.0.0.1:6379). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether Redis answers (within 2 s). */
export async function redisAvailable(): Promise<boolean> {
  const { Redis } = await import('ioredis')
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  redis.on('error', () => {})
  try {
    await redis.connect()
    return (await redis.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    redis.disconnect()
  }
}

/** Like `usePostgres`, for tests that need both PostgreSQL and Redis. */
export async function useScaleOut(): Promise<boolean> {
  const [postgres, redis] = await Promise.all([postgresAvailable(), redisAvailable()])
  if (postgres && redis) return true
  const missing = [!postgres && 'PostgreSQL', !redis && 'Redis'].filter(Boolean).join(' and ')
  if (SCALE_OUT_REQUIRED) throw new Error(`${missing} does not answer`)
  console.warn(`NOTICE: ${missing} does not answer; the scale-out tests are skipped`)
  return false
}
