import type { z } from 'zod'
import { HttpError } from './HttpError'

/** Validates a request body with a zod schema; a 400 names the first field that is wrong. */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): z.output<Schema> {
  if (body === undefined || body === null || typeof body !== 'object') {
    throw new HttpError(400, 'bad_request', 'the request body must be a JSON object')
  }
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue?.path.length ? issue.path.join('.') : 'body'
  const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message)
  const message = missing ? 'is required' : (issue?.message ?? 'is invalid')
  throw new HttpError(400, 'bad_request', `${field}: ${message}`)
}
