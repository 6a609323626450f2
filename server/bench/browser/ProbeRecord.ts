/** What the page probe (`pageProbe.js`) recorded while typing. */
export interface ProbeRecord {
  keystrokes: { key: string; ms: number }[]
  slowEvents: { name: string; ms: number; inputDelayMs: number; processingMs: number }[]
  longTasks: number[]
}

/** The probe as the page's global `__referatBench` (read through `globalThis` in evaluate). */
export interface ProbeGlobal {
  __referatBench?: {
    ready: number | null
    start(): void
    stop(): ProbeRecord
  }
}
