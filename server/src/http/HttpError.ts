import type { ApiErrorCode } from '@referat/shared'

/** An error a REST route answers with: its status and `{ error: { code, message } }`. */
export class HttpError extends Error {
  override readonly name = 'HttpError'

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
  }
}
