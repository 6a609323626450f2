import { z } from 'zod'

/** Bokmål (the default), nynorsk and English: the UI's languages and a meeting's. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const
export const MEETING_STATUSES = ['planned', 'live', 'draft', 'final'] as const
export const NUMBERING_STYLES = ['plain', 'yearly'] as const

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM')
  .or(z.literal(''))

/** The meeting header as stored in the Y.Doc's `meta` map and in the meetings table. */
export const meetingMeta = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  group: z.string().trim().max(200).default(''),
  date: isoDate,
  start: clockTime.default(''),
  end: clockTime.default(''),
  location: z.string().trim().max(300).default(''),
  language: z.enum(LANGUAGES).default('nb'),
  status: z.enum(MEETING_STATUSES).default('planned'),
  currentItemId: z.string().max(64).nullable().default(null),
  /** When the current item became current (ISO time), for the time spent per item. */
  currentItemSince: z.string().max(40).nullable().default(null),
  version: z.number().int().min(0).default(0),
  numbering: z.enum(NUMBERING_STYLES).default('plain'),
  numberStart: z.number().int().min(1).max(100000).default(1),
})

export type MeetingMeta = z.infer<typeof meetingMeta>
export type Language = MeetingMeta['language']
export type MeetingStatus = MeetingMeta['status']
export type NumberingStyle = MeetingMeta['numbering']
