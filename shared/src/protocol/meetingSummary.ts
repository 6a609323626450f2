import { z } from 'zod'
import { meetingMeta } from './meetingMeta'
import { meetingLinks } from './meetingLinks'

/** One meeting as `GET /api/meetings` lists it and `GET /api/meetings/:id` returns it. */
export const meetingSummary = meetingMeta
  .pick({
    title: true,
    group: true,
    date: true,
    start: true,
    end: true,
    location: true,
    language: true,
    status: true,
  })
  .extend({
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Present for the organizer only. */
    links: meetingLinks.optional(),
  })

export type MeetingSummary = z.infer<typeof meetingSummary>
