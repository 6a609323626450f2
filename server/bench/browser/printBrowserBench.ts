import type { BrowserBenchResult, KeystrokeStats } from './BrowserBenchResult'

const ms = (value: number) => `${value.toFixed(1)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ratio = (value: number, target: number) => `${(value / target).toFixed(2)}×`

const row = (cells: string[]) =>
  [
    (cells[0] ?? '').padEnd(44),
    (cells[1] ?? '').padStart(12),
    (cells[2] ?? '').padStart(12),
    (cells[3] ?? '').padStart(8),
  ].join('  ')

const typingRows = (label: string, stats: KeystrokeStats, target: number) => [
  row([`${label}: p50`, ms(stats.p50Ms)]),
  row([`${label}: p95`, ms(stats.p95Ms), `≤ ${target} ms`, ratio(stats.p95Ms, target)]),
  row([`${label}: max`, ms(stats.maxMs)]),
  row([
    `${label}: Event Timing keydowns ≥ 16 ms`,
    `${stats.slowEvents}/${stats.keystrokes}`,
    stats.slowEvents ? `max ${stats.slowestEventMs}` : '',
  ]),
  row([`${label}: long tasks (≥ 50 ms)`, String(stats.longTasks)]),
]

const referenceRows = (label: string, stats: KeystrokeStats) => [
  row([`${label}: p50`, ms(stats.p50Ms)]),
  row([`${label}: p95`, ms(stats.p95Ms)]),
]

/** The browser benchmark's figures as a table with targets and ratios, one line per string. */
export function printBrowserBench(result: BrowserBenchResult): string[] {
  const { environment: env, navigation, typing, javascript, targets } = result
  const remote = `with ${typing.remoteEditors} remote`
  return [
    `Browser: a ${result.items}-item meeting in headless Chromium ${env.chromium}, ` +
      `${env.cpus} CPUs, load ${env.loadAverageStart.map((n) => n.toFixed(2)).join(' ')} → ` +
      `${env.loadAverageEnd.map((n) => n.toFixed(2)).join(' ')}`,
    row(['measure', 'value', 'target', 'ratio']),
    row([
      `navigation → editable, cold (median of ${navigation.coldMs.length})`,
      ms(navigation.coldMedianMs),
    ]),
    row(['  cold runs', navigation.coldMs.map((n) => n.toFixed(0)).join(' ')]),
    row([`navigation → editable, warm (median)`, ms(navigation.warmMedianMs)]),
    row(['  warm runs', navigation.warmMs.map((n) => n.toFixed(0)).join(' ')]),
    `Typing ${typing.characters} characters, ${typing.delayMs} ms apart; remote editors type ` +
      `${typing.remoteCharsPerSecond} chars/s each (${typing.withRemoteEditors.remoteChars} ` +
      `during the run):`,
    ...typingRows('alone', typing.alone, targets.keystrokeP95Ms),
    ...typingRows(remote, typing.withRemoteEditors, targets.keystrokeP95Ms),
    'The same typing, for reference (alone):',
    ...referenceRows(
      `a ${result.references.smallMeeting.items}-item meeting`,
      result.references.smallMeeting.typing,
    ),
    ...referenceRows('a bare contenteditable (the floor)', result.references.bareContentEditable),
    row([
      'meeting page JavaScript, gzipped',
      kb(javascript.totalGzipBytes),
      `≤ ${kb(targets.javascriptGzipBytes)}`,
      ratio(javascript.totalGzipBytes, targets.javascriptGzipBytes),
    ]),
    ...javascript.files.map((file) =>
      row([`  ${file.path}`, kb(file.gzipBytes), `(${kb(file.bytes)} raw)`]),
    ),
    result.ok ? 'All browser targets met.' : 'Some browser targets were missed.',
  ]
}
