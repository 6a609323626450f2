import type { Attendee } from '@referat/shared'

/** The sections of the attendee list, in the order a referat lists them. */
export const ATTENDANCE_GROUPS = [
  'present',
  'absent',
  'substitute',
  'alsoPresent',
  'secretariat',
  'unknown',
] as const

export type AttendanceGroupKey = (typeof ATTENDANCE_GROUPS)[number]

/** One section of the attendee list and the people in it. */
export interface AttendanceGroup {
  key: AttendanceGroupKey
  people: Attendee[]
}
