import { z } from 'zod'

/** Meeting ids are 6–64 characters of [A-Za-z0-9_-]: safe in URLs, paths and SQL alike. */
export const MEETING_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/

export const meetingId = z.string().regex(MEETING_ID_PATTERN, 'is not a valid meeting id')
