/* global window, document, requestAnimationFrame */
// Runs in the meeting page before its own scripts (an init script of the browser benchmark).
// `window.__referatBench` collects:
// - ready: ms from navigation start to the first frame in which the editor is editable and the
//   last agenda item is rendered (checked once per animation frame);
// - keystrokes: per keydown while recording, ms from the event's timestamp to a task queued
//   right after the next animation frame, i.e. just after that frame is painted;
// - slowEvents: Event Timing entries (input to next paint) of at least 16 ms while recording;
// - longTasks: main-thread tasks of 50 ms or more while recording.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the init script.
function installReferatBenchProbe(expectedItems) {
  const bench = {
    ready: null,
    recording: false,
    recordingSince: 0,
    keystrokes: [],
    slowEvents: [],
    longTasks: [],
  }
  window.__referatBench = bench

  const isReady = () => {
    const editor = document.querySelector('[data-testid="editor"]')
    if (!editor || editor.getAttribute('contenteditable') !== 'true') return false
    const items = editor.querySelectorAll('section[data-type="agenda-item"]')
    const last = items[expectedItems - 1]
    return items.length === expectedItems && !!last && last.textContent.includes(`${expectedItems}`)
  }
  const watchReady = () => {
    if (isReady()) bench.ready = performance.now()
    else requestAnimationFrame(watchReady)
  }
  requestAnimationFrame(watchReady)

  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = callback
      channel.port2.postMessage(null)
    })

  document.addEventListener(
    'keydown',
    (event) => {
      if (!bench.recording) return
      const start = event.timeStamp
      const key = event.key
      afterNextPaint(() => bench.keystrokes.push({ key, ms: performance.now() - start }))
    },
    true,
  )

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!bench.recording || entry.startTime < bench.recordingSince) continue
      bench.slowEvents.push({
        name: entry.name,
        ms: entry.duration,
        inputDelayMs: entry.processingStart - entry.startTime,
        processingMs: entry.processingEnd - entry.processingStart,
      })
    }
  }).observe({ type: 'event', durationThreshold: 16 })

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (bench.recording && entry.startTime >= bench.recordingSince)
        bench.longTasks.push(entry.duration)
    }
  }).observe({ type: 'longtask' })

  bench.start = () => {
    bench.keystrokes = []
    bench.slowEvents = []
    bench.longTasks = []
    bench.recordingSince = performance.now()
    bench.recording = true
  }
  bench.stop = () => {
    bench.recording = false
    return {
      keystrokes: bench.keystrokes,
      slowEvents: bench.slowEvents,
      longTasks: bench.longTasks,
    }
  }
}
