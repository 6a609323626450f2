import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ImportError, LANGUAGES, parseMinutes } from '@referat/shared'
import { loadSecret } from './auth/loadSecret'
import { Tokens } from './auth/Tokens'
import { defaultConfig } from './config'
import {
  EXPORT_FORMATS,
  exportFileName,
  isExportFormat,
  renderExport,
} from './export/exportFormats'
import { storedReferat } from './export/referatOf'
import { meetingLinksFor } from './http/meetingLinksFor'
import { storeNewMeeting } from './meetings/storeNewMeeting'
import { backupData, restoreData } from './storage/backupData'
import { SqliteStorage } from './storage/SqliteStorage'

const USAGE = `Usage:
  referat [--port 8080] [--data-dir ./data] …   start the server (see the README for every flag)
  referat export <meetingId> --format docx|pdf|html|md|txt [-o file] [--version N] [--data-dir DIR]
  referat import <file.md|file.txt> [--data-dir DIR]
  referat backup <file> [--data-dir DIR] [--force]      a consistent copy, also while the server runs
  referat restore <file> [--data-dir DIR] [--force]     into a stopped server's data folder
  referat help
`

/** A mistake in how the command was called: printed with the usage, exit code 2. */
class UsageError extends Error {}

interface Parsed {
  positional: string[]
  options: Map<string, string>
}

const SHORT: Record<string, string> = { o: 'output', f: 'format', h: 'help' }
/** Options that take no value. */
const SWITCHES = new Set(['force'])

function parseArgs(args: readonly string[], known: readonly string[]): Parsed {
  const positional: string[] = []
  const options = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg)
      continue
    }
    const [rawName, inline] = arg.replace(/^--?/, '').split('=', 2) as [string, string | undefined]
    const name = SHORT[rawName] ?? rawName
    if (!known.includes(name)) throw new UsageError(`unknown option ${arg}`)
    if (SWITCHES.has(name)) {
      options.set(name, 'true')
      continue
    }
    const value = inline ?? args[++i]
    if (value === undefined) throw new UsageError(`${arg} needs a value`)
    options.set(name, value)
  }
  return { positional, options }
}

function dataDirOf(options: Map<string, string>): string {
  return resolve(options.get('data-dir') ?? process.env.DATA_DIR ?? defaultConfig.dataDir)
}

async function exportCommand(args: readonly string[]): Promise<void> {
  const { positional, options } = parseArgs(args, ['format', 'output', 'version', 'data-dir'])
  const [meetingId, ...extra] = positional
  if (!meetingId || extra.length > 0) throw new UsageError('export takes one meeting id')
  const format = options.get('format') ?? 'md'
  if (!isExportFormat(format)) {
    throw new UsageError(`--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`)
  }
  const rawVersion = options.get('version')
  const version = rawVersion === undefined ? undefined : Number(rawVersion)
  if (version !== undefined && !(Number.isInteger(version) && version >= 1)) {
    throw new UsageError('--version must be a version number (1, 2, …)')
  }
  const storage = new SqliteStorage(dataDirOf(options))
  try {
    if (!(await storage.getMeeting(meetingId))) {
      throw new Error(`no meeting ${meetingId} in ${dataDirOf(options)}`)
    }
    const referat = await storedReferat(storage, meetingId, version)
    if (!referat) throw new Error(`meeting ${meetingId} has no version ${version}`)
    const output = await renderExport(format, referat)
    const binary = format === 'docx' || format === 'pdf'
    const target =
      options.get('output') ??
      (binary || process.stdout.isTTY ? exportFileName(referat.meta, format) : '-')
    if (target === '-') {
      process.stdout.write(output)
      return
    }
    await writeFile(target, output)
    process.stderr.write(`Wrote ${target} (${output.length} bytes)\n`)
  } finally {
    await storage.close()
  }
}

async function importCommand(args: readonly string[]): Promise<void> {
  const { positional, options } = parseArgs(args, ['data-dir', 'language'])
  const [file, ...extra] = positional
  if (!file || extra.length > 0) throw new UsageError('import takes one file')
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8')
  const language = options.get('language')
  const known = LANGUAGES.find((code) => code === language)
  if (language !== undefined && !known) {
    throw new UsageError(`--language must be one of ${LANGUAGES.join(', ')}`)
  }
  let imported
  try {
    imported = parseMinutes(text, { today: new Date().toISOString().slice(0, 10), language: known })
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    throw new Error(`${file}: ${error.message}`)
  }
  const dataDir = dataDirOf(options)
  const storage = new SqliteStorage(dataDir)
  try {
    const id = await storeNewMeeting(storage, imported.meta, imported.body, imported.attendees)
    const tokens = new Tokens(loadSecret(dataDir, process.env.REFERAT_SECRET || undefined))
    const base =
      process.env.PUBLIC_URL?.replace(/\/+$/, '') ||
      `http://${process.env.HOST || defaultConfig.host}:${process.env.PORT || defaultConfig.port}`
    const links = meetingLinksFor(tokens, base, id)
    const items = imported.body.content?.filter((node) => node.type === 'agendaItem').length ?? 0
    process.stdout.write(
      `Imported "${imported.meta.title}" (${imported.meta.date}): ${items} items, ` +
        `${imported.attendees.length} attendees\n` +
        `Meeting id: ${id}\n` +
        `  moderator: ${links.moderator}\n` +
        `  secretary: ${links.secretary}\n` +
        `  viewer:    ${links.viewer}\n`,
    )
  } finally {
    await storage.close()
  }
}

async function backupCommand(args: readonly string[]): Promise<void> {
  const { positional, options } = parseArgs(args, ['data-dir', 'force'])
  const [file, ...extra] = positional
  if (!file || extra.length > 0) throw new UsageError('backup takes one file to write')
  const summary = await backupData(dataDirOf(options), file, {
    secret: process.env.REFERAT_SECRET || undefined,
    force: options.has('force'),
  })
  process.stdout.write(
    `Backed up ${summary.meetings} meetings to ${file} (${summary.bytes} bytes). ` +
      `Keep it as secret as the data folder: it holds the minutes and the links' secret.\n`,
  )
}

async function restoreCommand(args: readonly string[]): Promise<void> {
  const { positional, options } = parseArgs(args, ['data-dir', 'force'])
  const [file, ...extra] = positional
  if (!file || extra.length > 0) throw new UsageError('restore takes one backup file')
  const dataDir = dataDirOf(options)
  const summary = await restoreData(dataDir, file, { force: options.has('force') })
  process.stdout.write(
    `Restored ${summary.meetings} meetings into ${dataDir}; the old links work again. ` +
      `Start the server with --data-dir ${dataDir}.\n`,
  )
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The `referat` command: starts the server, or exports or imports a meeting. */
async function cli(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv
  try {
    if (command === 'export') return await exportCommand(rest)
    if (command === 'import') return await importCommand(rest)
    if (command === 'backup') return await backupCommand(rest)
    if (command === 'restore') return await restoreCommand(rest)
    if (command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(USAGE)
      return
    }
    if (command !== undefined && command !== 'serve' && !command.startsWith('-')) {
      throw new UsageError(`unknown command "${command}"`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`referat: ${error.message}\n\n${USAGE}`)
      process.exit(2)
    }
    process.stderr.write(`referat: ${(error as Error).message}\n`)
    process.exit(1)
  }
  if (command === 'serve') process.argv.splice(2, 1)
  await import('./main')
}

await cli(process.argv.slice(2))
