/** What a time line ("Torsdag 16.03.2023 kl. 09.00 – 11.00") says. */
export interface MeetingTime {
  /** YYYY-MM-DD, or null when the text names no (valid) date. */
  date: string | null
  /** The date as written when it does not exist (31.02.2023). */
  invalidDate: string | null
  /** HH:MM or ''. */
  start: string
  end: string
  /** Whether the text holds nothing but the date, times and words such as weekdays and "kl.". */
  complete: boolean
}

const MONTHS: Record<string, number> = {
  januar: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
}
const MONTH = `(${Object.keys(MONTHS).join('|')})`
const DATE_PATTERNS: {
  pattern: RegExp
  parts: (m: RegExpExecArray) => [string, string, string]
}[] = [
  {
    pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/,
    parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''],
  },
  {
    pattern: /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d])/,
    parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''],
  },
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    parts: (m) => [m[3] ?? '', String(MONTHS[(m[2] ?? '').toLowerCase()]), m[1] ?? ''],
  },
  {
    pattern: new RegExp(`${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iu'),
    parts: (m) => [m[3] ?? '', String(MONTHS[(m[1] ?? '').toLowerCase()]), m[2] ?? ''],
  },
]
const CLOCK = '([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))?'
const RANGE = new RegExp(`(?<![\\d:.])${CLOCK}\\s*(?:-|–|—|til|to)\\s*${CLOCK}(?![\\d:.])`, 'i')
const END_ONLY = /(?:^|\s)[-–—]\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:.])/
const SINGLE = new RegExp(`(?<![\\d:.])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:.])`)
const BARE_HOUR = /\b(?:kl\.?|klokka|klokken|at)\s*([01]?\d|2[0-3])(?![\d:.])/i
/**
 * Words a date line may hold besides the date and times: weekdays (bokmål, nynorsk, English),
 * "kl.", "fra"/"frå" … `\b` knows only ASCII letters, so a word that ends in one such as "frå"
 * is bounded by lookarounds instead.
 */
const FILLER =
  /(?<![\p{L}\p{N}_])(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kl|klokka|klokken|fra|frå|til|at|from|to|den)(?![\p{L}\p{N}_])|[\s.,:;–—-]/giu
/** A word before a time range that makes bare hours ("fra 9 til 11") times. */
const TIME_WORD = /(?<![\p{L}\p{N}_])(?:kl|at|fra|frå|from)(?![\p{L}\p{N}_])/iu

const pad = (value: string | undefined) => (value ?? '').padStart(2, '0')
const clock = (hour: string | undefined, minute: string | undefined) =>
  `${pad(hour)}:${minute ?? '00'}`

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/**
 * The date and times of a line such as "Torsdag 16.03.2023 kl. 09.00 – 11.00", "torsdag 16. mars
 * 2023 kl. 09:00–11:00", "Thursday, 16 March 2023 at 09:00–11:00", "2023-03-16 9-11" or
 * "kl. –11:00" (an end time only).
 */
export function parseMeetingTime(text: string): MeetingTime {
  const result: MeetingTime = { date: null, invalidDate: null, start: '', end: '', complete: false }
  let rest = text.replace(/\u00a0/g, ' ')
  for (const { pattern, parts } of DATE_PATTERNS) {
    const match = pattern.exec(rest)
    if (!match) continue
    const [yearText, monthText, dayText] = parts(match)
    let year = Number(yearText)
    if (yearText.length === 2) year += 2000
    const month = Number(monthText)
    const day = Number(dayText)
    if (validDate(year, month, day)) {
      result.date = `${String(year).padStart(4, '0')}-${pad(String(month))}-${pad(String(day))}`
    } else {
      result.invalidDate = match[0]
    }
    rest = rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length)
    break
  }
  const range = RANGE.exec(rest)
  const hasClock = (m: RegExpExecArray) => m[2] !== undefined || m[4] !== undefined
  if (range && (hasClock(range) || TIME_WORD.test(rest.slice(0, range.index)))) {
    result.start = clock(range[1], range[2])
    result.end = clock(range[3], range[4])
    rest = rest.slice(0, range.index) + ' ' + rest.slice(range.index + range[0].length)
  } else {
    const endOnly = END_ONLY.exec(rest)
    const single = endOnly ? null : (SINGLE.exec(rest) ?? BARE_HOUR.exec(rest))
    if (endOnly) result.end = clock(endOnly[1], endOnly[2])
    if (single) result.start = clock(single[1], single[2])
    const used = endOnly ?? single
    if (used) rest = rest.slice(0, used.index) + ' ' + rest.slice(used.index + used[0].length)
  }
  result.complete =
    (result.date !== null || result.start !== '' || result.end !== '') &&
    rest.replace(FILLER, '') === ''
  return result
}
