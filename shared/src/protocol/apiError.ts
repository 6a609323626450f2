import { z } from 'zod'

/** Machine-readable error codes of the REST API. */
export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
] as const

/** Every REST error: `{ error: { code, message } }`. */
export const apiError = z.object({
  error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }),
})

export type ApiError = z.infer<typeof apiError>
export type ApiErrorCode = ApiError['error']['code']
