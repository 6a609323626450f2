/**
 * Runs `callback` in a task after the browser has painted its next frame (queued from that
 * frame's animation callbacks, which run just before it is painted); returns a function that
 * cancels it. For work that must follow a change but need not be in its first paint.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
