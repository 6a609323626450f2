import { performance } from 'node:perf_hooks'
import { renderExport, type ExportFormat } from '../src/export/exportFormats'
import { bigMeeting } from './bigMeeting'

/** Export targets of issue 4: milliseconds for a 300-item meeting on the 2-core machine. */
const TARGETS: Partial<Record<ExportFormat, number>> = { docx: 300, pdf: 1500 }
const FORMATS: ExportFormat[] = ['docx', 'pdf', 'html', 'md', 'txt']

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** One format's figures. */
export interface ExportFigures {
  format: ExportFormat
  medianMs: number
  minMs: number
  bytes: number
  targetMs: number | null
}

/** The export benchmark's figures and whether every target was met. */
export interface ExportBenchResult {
  ok: boolean
  runs: number
  formats: ExportFigures[]
}

/** Renders a 300-item meeting in every format and prints the median time against the target. */
export async function exportBench(runs = 7): Promise<ExportBenchResult> {
  const referat = bigMeeting(300)
  let ok = true
  const formats: ExportFigures[] = []
  console.log(`\nExport of a 300-item meeting (median of ${runs} runs after a warm-up)`)
  console.log('format   median ms   min ms    size KB   target     ratio')
  for (const format of FORMATS) {
    await renderExport(format, referat)
    const times: number[] = []
    let size = 0
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      size = (await renderExport(format, referat)).length
      times.push(performance.now() - start)
    }
    const target = TARGETS[format]
    const mid = median(times)
    if (target !== undefined && mid > target) ok = false
    formats.push({
      format,
      medianMs: mid,
      minMs: Math.min(...times),
      bytes: size,
      targetMs: target ?? null,
    })
    console.log(
      [
        format.padEnd(8),
        mid.toFixed(1).padStart(9),
        Math.min(...times)
          .toFixed(1)
          .padStart(8),
        (size / 1024).toFixed(0).padStart(10),
        (target ? `< ${target} ms` : '-').padStart(9),
        (target ? `${(mid / target).toFixed(2)}×` : '').padStart(9),
      ].join('  '),
    )
  }
  return { ok, runs, formats }
}
