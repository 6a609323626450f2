import type { LoadBenchResult, LoadFigures, ServerKind } from './LoadBenchResult'

const num = (value: number | null, digits = 1) =>
  value === null || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits)

function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((cell, i) =>
      i < 2 ? String(cell).padEnd(widths[i] ?? 8) : String(cell).padStart(widths[i] ?? 8),
    )
    .join(' ')
}

/** Referat's figure against the best reference's: `0.62×`. */
function versus(
  figures: Partial<Record<ServerKind, LoadFigures>>,
  pick: (f: LoadFigures) => number,
) {
  const own = figures.referat
  const refs = Object.entries(figures)
    .filter(([kind]) => kind !== 'referat')
    .map(([, f]) => pick(f))
  if (!own || refs.length === 0) return ''
  return `${(pick(own) / Math.min(...refs)).toFixed(2)}×`
}

/** The benchmark's figures as a plain-text table (load scenarios, cold, targets). */
export function formatLoadTable(result: LoadBenchResult): string {
  const { environment: env, options } = result
  const lines = [
    '',
    `Server load: medians of ${options.runs} run(s), ${options.windowMs / 1000} s window after ` +
      `${options.warmupMs / 1000} s warm-up; lost is summed over runs, max is the largest.`,
    `Machine: ${env.cpuModel} × ${env.cpuCount}, Node ${env.node}, load average at start ` +
      `${env.loadAverageAtStart.join(' ')}.`,
    `References: ${Object.entries(env.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    `Referat: ${Object.entries(env.referatSettings)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} (one load-generator address); all else default, every update stored ` +
      'in SQLite before it is relayed.',
    '',
  ]
  const widths = [8, 18, 7, 7, 7, 7, 9, 6, 9, 7, 7, 11, 8, 6]
  lines.push(
    row(
      [
        'scenario',
        'server',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'delivered',
        'lost',
        'CPU s/1k',
        'RSS MB',
        'peak MB',
        'edits/s',
        'gen lag',
        'gen %',
      ],
      widths,
    ),
  )
  for (const [scenario, figures] of Object.entries(result.load)) {
    for (const [kind, f] of Object.entries(figures) as [ServerKind, LoadFigures][]) {
      lines.push(
        row(
          [
            scenario,
            kind,
            num(f.p50),
            num(f.p95),
            num(f.p99),
            num(f.max),
            f.delivered,
            f.lost,
            num(f.cpuPer1000, 3),
            num(f.rssMb, 0),
            num(f.peakRssMb, 0),
            `${f.editsPerSecond < 0.9 * f.targetEditsPerSecond ? '*' : ''}${num(f.editsPerSecond, 0)}/${f.targetEditsPerSecond}`,
            num(f.generatorLagP99Ms),
            num(f.generatorCpuPercent, 0),
          ],
          widths,
        ),
      )
    }
    lines.push(
      `${''.padEnd(9)}Referat / best reference: p99 ${versus(figures, (f) => f.p99)}, ` +
        `CPU per delivery ${versus(figures, (f) => f.cpuPer1000)}`,
    )
  }
  lines.push(
    '(gen lag: p99 event-loop delay of the load generator in ms; gen %: its CPU share of one core;\n' +
      ' * the generator made < 90% of the edits: it is the bottleneck, latency is mostly its queue)',
  )

  const cold = Object.entries(result.cold)
  if (cold.length > 0) {
    const first = cold[0]?.[1]
    lines.push(
      '',
      `Cold: ${first?.meetings} meetings of ${options.coldItems} items (${first?.stateBytes} bytes ` +
        `of Yjs state each; Referat's as received: ${result.cold.referat?.receivedBytes ?? 'n/a'}); ` +
        'load: stored, server restarted, one new client per meeting in turn; ' +
        'seed: in-memory server, memory measured while clients put the meetings in.',
    )
    const cw = [18, 7, 12, 12, 12, 12, 7, 10, 10, 10]
    lines.push(
      row(
        [
          'server',
          'how',
          'synced p50',
          'synced p95',
          'whole p50',
          'whole p95',
          'early',
          'incomplete',
          'MB/meeting',
          'MB edited',
        ],
        cw,
      ),
    )
    for (const [kind, c] of cold) {
      lines.push(
        row(
          [
            kind,
            c.measured,
            num(c.syncedMedianMs),
            num(c.syncedP95Ms),
            num(c.contentMedianMs),
            num(c.contentP95Ms),
            c.syncedBeforeContent,
            c.incomplete,
            num(c.mbPerMeeting, 3),
            num(c.mbPerEditedMeeting, 3),
          ],
          cw,
        ),
      )
    }
    lines.push(
      '(ms from connect; whole: the client holds every item; early: synced reported before the ' +
        'client had the meeting; MB/meeting: RSS growth per meeting with a client on each; ' +
        'MB edited: the same after every client typed a character)',
    )
  }

  lines.push('', 'Targets (goals, not assertions):')
  for (const t of result.targets) {
    const against = t.bestKind ? ` vs ${num(t.best, 3)} (${t.bestKind}) = ${num(t.ratio, 2)}×` : ''
    lines.push(
      `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: Referat ${num(t.referat, 3)}${against}, goal ${t.goal}`,
    )
    if (t.note) lines.push(`         (${t.note})`)
  }
  return lines.join('\n')
}
