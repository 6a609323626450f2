/** Rejections closer together than this mean reloading does not help. */
const REJECTION_LOOP_MS = 10_000

/**
 * What to do when the server rejects an update (close 4409): drop the local copy and load the
 * meeting again, unless the last reload for a rejection was only moments ago; then reloading
 * again would loop, so the error is shown instead.
 */
export function rejectionResponse(lastReloadAt: number | null, now: number): 'reload' | 'fail' {
  return lastReloadAt !== null && now - lastReloadAt < REJECTION_LOOP_MS ? 'fail' : 'reload'
}
