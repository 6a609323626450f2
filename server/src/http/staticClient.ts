import express, { Router, type Response } from 'express'
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'

/**
 * Files that must be revalidated on every load: the page, and the service worker, whose every
 * version must reach the browser at once (the hashed files under /assets/ may be cached).
 */
const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js'])

const revalidate = (res: Response, path: string) => {
  if (ALWAYS_REVALIDATE.has(basename(path))) res.setHeader('Cache-Control', 'no-cache')
}

/**
 * Serves the built client from `distDir`; every other GET that is not an API or collaboration
 * path gets `index.html` (the client routes `/` and `/m/:id` itself).
 */
export function staticClient(distDir: string): Router {
  const router = Router()
  const index = join(distDir, 'index.html')
  router.use(express.static(distDir, { index: false, maxAge: '1h', setHeaders: revalidate }))
  router.get(/^\/(?!api\/|collab\/|healthz|metrics).*/, (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The Referat client is not built. Run `npm run build` (or `npm start`).\n')
      return
    }
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(index)
  })
  return router
}
