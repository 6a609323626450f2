import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** CPU and memory of a process, from Linux's /proc. */
export interface ProcStats {
  /** utime + stime, seconds. */
  cpuSeconds: number
  /** VmRSS and VmHWM (peak), MB. */
  rssMb: number
  peakRssMb: number
}

let ticks: number | undefined

/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`; 100 on Linux). */
export function clkTck(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  return ticks
}

/** Reads the CPU time and memory of process `pid`. */
export function procStats(pid: number): ProcStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / clkTck()
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1])
  return { cpuSeconds, rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 }
}
