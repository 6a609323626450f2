/** Keystroke-to-paint latency of one typing run, in milliseconds. */
export interface KeystrokeStats {
  /** Keystrokes measured (keydown to the task after the next painted frame). */
  keystrokes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Event Timing API: keydowns whose input-to-next-paint took at least 16 ms. */
  slowEvents: number
  /** The longest keyboard or input event of at least 16 ms (rounded to 8 ms by the API), or 0. */
  slowestEventMs: number
  /** Main-thread tasks of 50 ms or more while typing. */
  longTasks: number
  /** Characters the remote editors typed while this run was typing. */
  remoteChars: number
}

/** One JavaScript file the meeting page loaded. */
export interface ScriptFile {
  path: string
  bytes: number
  /** Size after zlib gzip at its default level. */
  gzipBytes: number
}

/** Figures of the browser benchmark (issue 6, item 3) and the machine they were taken on. */
export interface BrowserBenchResult {
  environment: {
    chromium: string
    node: string
    cpus: number
    /** os.loadavg() at the start and at the end of the run. */
    loadAverageStart: number[]
    loadAverageEnd: number[]
  }
  items: number
  /** Navigation start to the first frame with an editable editor and the last item rendered. */
  navigation: {
    /** Each in a fresh browser context (empty cache, no service worker, no local copy). */
    coldMs: number[]
    coldMedianMs: number
    /** A second navigation in the same context. */
    warmMs: number[]
    warmMedianMs: number
  }
  typing: {
    characters: number
    delayMs: number
    remoteEditors: number
    remoteCharsPerSecond: number
    alone: KeystrokeStats
    withRemoteEditors: KeystrokeStats
  }
  /** The same typing elsewhere, to read the figures above against. */
  references: {
    /**
     * A bare contenteditable paragraph (no editor, no script but the probe): what this harness
     * measures for any page, the wait for the next frame (up to 16.7 ms at 60 Hz) included.
     */
    bareContentEditable: KeystrokeStats
    /** Typing alone in a meeting of a usual size. */
    smallMeeting: { items: number; typing: KeystrokeStats }
  }
  javascript: {
    files: ScriptFile[]
    totalBytes: number
    totalGzipBytes: number
  }
  targets: {
    keystrokeP95Ms: number
    javascriptGzipBytes: number
  }
  /** Whether every target was met. */
  ok: boolean
}
