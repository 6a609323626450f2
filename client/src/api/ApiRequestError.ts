import type { ApiErrorCode } from '@referat/shared'

/** A REST call that failed: `status` 0 and code `network` when the server could not be reached. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError'

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network' | 'bad_response',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
