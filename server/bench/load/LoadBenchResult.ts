/** The servers under test: Referat and the reference Yjs servers. */
export const SERVER_KINDS = [
  'referat',
  'yws-memory',
  'yws-leveldb',
  'hocuspocus-memory',
  'hocuspocus-sqlite',
] as const
export type ServerKind = (typeof SERVER_KINDS)[number]

/** Servers that keep documents on disk (the others lose them when they stop). */
export const PERSISTENT_KINDS: readonly ServerKind[] = [
  'referat',
  'yws-leveldb',
  'hocuspocus-sqlite',
]

export const LOAD_SCENARIOS = ['meeting', 'busy', 'rooms'] as const
export type LoadScenario = (typeof LOAD_SCENARIOS)[number]

/** Figures of one measured window of one load scenario against one server. */
export interface LoadRun {
  /** Propagation latency of edit markers, sender's transaction to receiver's observer (ms). */
  p50: number
  p95: number
  p99: number
  max: number
  /** Markers of edits made in the window that reached another client. */
  delivered: number
  /** Edits in the window × the other clients of their room. */
  expected: number
  /** `expected - delivered` after the drain period. */
  lost: number
  /** Server CPU (user + system) from the start of the window until the drain ended. */
  cpuSeconds: number
  /** Server CPU seconds per 1,000 deliveries. */
  cpuPer1000: number
  /** Server VmRSS at the end of the window and VmHWM (peak over the process' life), MB. */
  rssMb: number
  peakRssMb: number
  /** Edits per second the generator made in the window, and the rate it aimed for. */
  editsPerSecond: number
  targetEditsPerSecond: number
  /** The generator's own event-loop delay (p99, ms) and CPU share: is it the bottleneck? */
  generatorLagP99Ms: number
  generatorCpuPercent: number
}

/** The medians over runs (`lost` is the sum over runs), plus every run. */
export interface LoadFigures extends LoadRun {
  runs: LoadRun[]
}

/** The 'cold' scenario of one server. */
export interface ColdFigures {
  meetings: number
  /** `Y.encodeStateAsUpdate` size of the meeting put into the references' rooms. */
  stateBytes: number
  /** The same of a loaded meeting as its client received it (Referat builds its own from the
   * Markdown, with its own ids, so it differs by a little). */
  receivedBytes: number
  /** `load`: stored on disk, server restarted, one client per meeting; `seed`: in-memory server,
   * measured while seeding the meetings through clients. */
  measured: 'load' | 'seed'
  /** Connect until the provider reports synced (ms); null for `seed`. */
  syncedMedianMs: number | null
  syncedP95Ms: number | null
  /** Connect until the client holds the whole meeting (ms); null for `seed`. */
  contentMedianMs: number | null
  contentP95Ms: number | null
  /** Clients that reported synced before they had the whole meeting. */
  syncedBeforeContent: number
  /** Clients that never got the whole meeting. */
  incomplete: number
  /** (RSS with all meetings loaded and a client on each − RSS before) / meetings, MB. */
  mbPerMeeting: number
  /** The same after each client typed a character: a meeting being edited, MB. */
  mbPerEditedMeeting: number
  rssBeforeMb: number
  rssAfterMb: number
  rssEditedMb: number
}

/** One goal of issue 6, evaluated: Referat against the best reference of the same run. */
export interface TargetCheck {
  name: string
  referat: number
  best: number | null
  bestKind: ServerKind | null
  /** `referat / best`; null where the goal is absolute (loss). */
  ratio: number | null
  goal: string
  met: boolean
  /** Why the figure says little, e.g. the load generator could not keep the edit rate. */
  note?: string
}

export interface LoadEnvironment {
  cpuModel: string
  cpuCount: number
  loadAverageAtStart: number[]
  node: string
  clkTck: number
  versions: Record<string, string>
  /** Settings of the Referat process that differ from its defaults. */
  referatSettings: Record<string, string>
}

export interface LoadBenchOptions {
  scenarios: readonly (LoadScenario | 'cold')[]
  servers: readonly ServerKind[]
  runs: number
  warmupMs: number
  windowMs: number
  drainMs: number
  /** Meetings stored and loaded in 'cold'. */
  coldMeetings: number
  /** Agenda items of a cold meeting. */
  coldItems: number
  /** Write a V8 CPU profile of each Referat process into this folder. */
  profileDir?: string
}

export interface LoadBenchResult {
  startedAt: string
  durationSeconds: number
  options: LoadBenchOptions
  environment: LoadEnvironment
  load: Partial<Record<LoadScenario, Partial<Record<ServerKind, LoadFigures>>>>
  cold: Partial<Record<ServerKind, ColdFigures>>
  targets: TargetCheck[]
}
