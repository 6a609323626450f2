import type { ClientProtocol } from './benchClient'
import type { LoadRun } from './LoadBenchResult'

/** A room of a job: its name and, for Referat, the tokens of its editors and viewers. */
export interface JobRoom {
  name: string
  editorToken: string
  viewerToken: string
}

interface JobBase {
  protocol: ClientProtocol
  wsUrl: string
  /** The server process, for CPU and memory from /proc. */
  serverPid: number
  rooms: JobRoom[]
  /** Agenda items of each room's meeting: a client holds the meeting when its body has them all. */
  items: number
  /**
   * The meeting's Yjs state, applied by a first client of each room of a reference server (which
   * starts empty); null for Referat, which has the meeting from its import.
   */
  seedState: Uint8Array | null
}

/** Real editors and viewers in every room; editors edit at a fixed rate. */
export interface LoadJob extends JobBase {
  type: 'load'
  editors: number
  viewers: number
  editsPerSecond: number
  warmupMs: number
  windowMs: number
  drainMs: number
}

/**
 * One fresh client (an editor) per room, one room after the other, each held open: connect→synced
 * times and the server's memory before and after; then each client types one character and the
 * memory is taken again (meetings being edited). With `seedState` (in-memory servers) each client
 * first puts the meeting into its empty room.
 */
export interface ColdJob extends JobBase {
  type: 'cold'
}

/** Puts the meeting into every (empty) room of a reference server, checks it, and disconnects. */
export interface SeedJob extends JobBase {
  type: 'seed'
}

export type GeneratorJob = LoadJob | ColdJob | SeedJob

export interface ColdJobResult {
  syncedMs: number[]
  contentMs: number[]
  /** `Y.encodeStateAsUpdate` size of the first meeting as a client received it. */
  receivedBytes: number
  syncedBeforeContent: number
  incomplete: number
  rssBeforeMb: number
  rssAfterMb: number
  /** After every client typed a character. */
  rssEditedMb: number
}

export interface GeneratorResults {
  load: LoadRun
  cold: ColdJobResult
  seed: { rooms: number }
}

/** What the generator process answers over IPC. */
export type GeneratorReply = { ok: true; result: unknown } | { ok: false; error: string }
