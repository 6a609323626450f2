import { apiError } from '@referat/shared'
import type { z } from 'zod'
import { ApiRequestError } from './ApiRequestError'

interface ApiRequestOptions<T> {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string
  method?: 'GET' | 'POST' | 'DELETE'
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, instead of `body`, e.g. a Markdown file. */
  rawBody?: { data: string; type: string }
  /** Validates the answer; a mismatch is an error, not a silent `undefined`. */
  schema: z.ZodType<T>
  signal?: AbortSignal
}

/** Calls the REST API and returns its validated answer, or throws an `ApiRequestError`. */
export async function apiRequest<T>(path: string, options: ApiRequestOptions<T>): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${options.token}`,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.rawBody) headers['Content-Type'] = options.rawBody.type
  let response: Response
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body:
        options.rawBody?.data ??
        (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    })
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    throw new ApiRequestError(0, 'network', 'The server could not be reached', { cause })
  }
  const json: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const parsed = apiError.safeParse(json)
    if (parsed.success) {
      throw new ApiRequestError(response.status, parsed.data.error.code, parsed.data.error.message)
    }
    throw new ApiRequestError(response.status, 'bad_response', `HTTP ${response.status}`)
  }
  const parsed = options.schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      'bad_response',
      'Unexpected answer from the server',
      {
        cause: parsed.error,
      },
    )
  }
  return parsed.data
}
