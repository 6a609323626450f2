import { z } from 'zod'
import { meetingMeta } from './meetingMeta'

/** Body of `POST /api/meetings`. */
export const createMeetingRequest = meetingMeta
  .pick({
    title: true,
    group: true,
    date: true,
    start: true,
    end: true,
    location: true,
    language: true,
    numbering: true,
    numberStart: true,
  })
  .extend({
    /** First case number in `yearly` style; by default it continues the group's last meeting. */
    numberStart: z.number().int().min(1).max(100000).optional(),
    /** Titles of the first agenda items, one item each. */
    agenda: z.array(z.string().trim().min(1).max(300)).max(500).default([]),
  })
  .strict()

export type CreateMeetingRequest = z.input<typeof createMeetingRequest>
