import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface Process {
  child: ChildProcess
  exited: Promise<void>
  organizerUrl: string
}

/** Spawns `server/src/main.ts` and resolves once it has printed its organizer URL. */
async function spawnServer(dataDir: string, port: number): Promise<Process> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/main.ts', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const organizerUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/\S+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return { child, exited, organizerUrl }
}

/** Runs the `referat` command line; throws with its output when it fails. */
function referatCli(args: readonly string[]): void {
  execFileSync(process.execPath, ['server/bin/referat.mjs', ...args], {
    cwd: root,
    stdio: 'pipe',
  })
}

/**
 * The real server (`server/src/main.ts`, the entry `npm start` uses) as a child process on
 * 127.0.0.1, serving the built client, with SQLite in a temporary folder of its own.
 */
export class RunningServer {
  private constructor(
    private current: Process,
    readonly dataDir: string,
  ) {}

  static async start(): Promise<RunningServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'referat-e2e-'))
    return new RunningServer(await spawnServer(dataDir, 0), dataDir)
  }

  get organizerUrl(): string {
    return this.current.organizerUrl
  }

  get url(): string {
    return new URL(this.organizerUrl).origin
  }

  get organizerToken(): string {
    return new URL(this.organizerUrl).searchParams.get('token') ?? ''
  }

  /** Stops the server with SIGTERM and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.current.child.exitCode === null) this.current.child.kill('SIGTERM')
    await this.current.exited
  }

  /** Stops the server and starts it again on the same data folder and port. */
  async restart(): Promise<void> {
    await this.stop()
    this.current = await spawnServer(this.dataDir, Number(new URL(this.url).port))
  }

  /** Writes a backup of the data folder to `file` with `referat backup` while the server runs. */
  backup(file: string): void {
    referatCli(['backup', file, '--data-dir', this.dataDir])
  }

  /**
   * Stops the server, restores `file` over its data with `referat restore --force` and starts it
   * again on the same port.
   */
  async restore(file: string): Promise<void> {
    await this.stop()
    referatCli(['restore', file, '--data-dir', this.dataDir, '--force'])
    this.current = await spawnServer(this.dataDir, Number(new URL(this.url).port))
  }

  /** Stops the server and removes its data folder. */
  async dispose(): Promise<void> {
    await this.stop()
    rmSync(this.dataDir, { recursive: true, force: true })
  }
}
