import { test as base, expect, type Browser, type Page } from '@playwright/test'
import type { CreateMeetingResponse } from '@referat/shared'
import { RunningServer } from './referatServer'

export interface Meeting extends CreateMeetingResponse {
  title: string
}

interface Fixtures {
  /** Creates a meeting through the REST API as the organizer. */
  createMeeting: (body?: Record<string, unknown>) => Promise<Meeting>
  /** Opens `url` in a new browser context as a person called `name`. */
  openAs: (url: string, name: string) => Promise<Page>
}

interface WorkerFixtures {
  referat: RunningServer
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  referat: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const server = await RunningServer.start()
      await use(server)
      await server.dispose()
    },
    { scope: 'worker' },
  ],

  createMeeting: async ({ referat }, use) => {
    await use(async (body = {}) => {
      const title = (body.title as string) ?? 'Faggruppe for næringssamarbeid'
      const response = await fetch(`${referat.url}/api/meetings`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${referat.organizerToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ date: '2026-03-16', start: '09:00', end: '11:00', ...body, title }),
      })
      expect(response.status).toBe(201)
      return { title, ...((await response.json()) as CreateMeetingResponse) }
    })
  },

  openAs: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = []
    await use(async (url, name) => {
      const context = await browser.newContext()
      contexts.push(context)
      await context.addInitScript((displayName) => {
        window.localStorage.setItem('referat.name', displayName)
      }, name)
      const page = await context.newPage()
      await page.goto(url)
      return page
    })
    for (const context of contexts) await context.close()
  },
})

export { expect }
