import type { MeetingMeta } from '../protocol/meetingMeta'
import type { NumberingOptions } from './numberAgenda'

/** How a meeting numbers its agenda items, read from its header. */
export function numberingOptions(
  meta: Pick<MeetingMeta, 'numbering' | 'numberStart' | 'date' | 'language'>,
): NumberingOptions {
  return {
    style: meta.numbering,
    start: meta.numberStart,
    year: Number(meta.date.slice(0, 4)),
    language: meta.language,
  }
}
