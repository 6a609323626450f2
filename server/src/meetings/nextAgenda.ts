import { createItemNode, newId, type Language } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'

const LABELS: Record<
  Language,
  {
    approveNotice: string
    approveMinutes: (date: string) => string
    minutesLink: (date: string) => string
    followUp: string
  }
> = {
  nb: {
    approveNotice: 'Godkjenning av innkalling',
    approveMinutes: (date: string) => `Godkjenning av referat fra møtet ${date}`,
    minutesLink: (date: string) => `Referat fra møtet ${date}`,
    followUp: 'Oppfølging fra forrige møte',
  },
  nn: {
    approveNotice: 'Godkjenning av innkalling',
    approveMinutes: (date: string) => `Godkjenning av referat frå møtet ${date}`,
    minutesLink: (date: string) => `Referat frå møtet ${date}`,
    followUp: 'Oppfølging frå førre møte',
  },
  en: {
    approveNotice: 'Approval of the notice of meeting',
    approveMinutes: (date: string) => `Approval of the minutes of the meeting on ${date}`,
    minutesLink: (date: string) => `Minutes of the meeting on ${date}`,
    followUp: 'Follow-up from the previous meeting',
  },
}

/** Titles of the items `nextAgenda` makes, in every language, so that they are not copied on. */
const GENERATED = [
  /^godkjenning av (innkalling|referat)/i,
  /^approval of the (notice|minutes)/i,
  /^oppfølging fra forrige møte$/i,
  /^oppfølging frå førre møte$/i,
  /^follow-up from the previous meeting$/i,
]

function titleOf(node: JSONContent): string {
  return (node.content?.[0]?.content ?? []).map((t) => t.text ?? '').join('')
}

function openActionItems(node: JSONContent, found: JSONContent[] = []): JSONContent[] {
  if (node.type === 'actionItem' && !node.attrs?.done) {
    found.push({ ...node, attrs: { ...node.attrs, id: newId() } })
  }
  for (const child of node.content ?? []) openActionItems(child, found)
  return found
}

/**
 * The agenda of the next meeting of a series: approval of the notice, approval of the previous
 * minutes (linking them), every open action item under "Oppfølging fra forrige møte", then the
 * previous agenda's skeleton — item titles and section headings, no bodies.
 */
export function nextAgenda(
  previous: JSONContent,
  language: Language,
  previousDate: string,
  previousLink: string,
): JSONContent {
  const labels = LABELS[language]
  const [year, month, day] = previousDate.split('-')
  const date = `${day}.${month}.${year}`
  const approveMinutes = createItemNode('agendaItem', {
    title: labels.approveMinutes(date),
    kind: 'approval',
  })
  approveMinutes.content = [
    approveMinutes.content?.[0] as JSONContent,
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: labels.minutesLink(date),
          marks: [{ type: 'link', attrs: { href: previousLink } }],
        },
      ],
    },
  ]
  const content: JSONContent[] = [
    createItemNode('agendaItem', { title: labels.approveNotice, kind: 'approval' }),
    approveMinutes,
  ]
  const open = openActionItems(previous)
  if (open.length > 0) {
    const followUp = createItemNode('agendaItem', { title: labels.followUp, kind: 'other' })
    followUp.content = [followUp.content?.[0] as JSONContent, ...open]
    content.push(followUp)
  }
  for (const node of previous.content ?? []) {
    if (node.type === 'sectionHeading')
      content.push({ type: 'sectionHeading', content: node.content ?? [] })
    if (node.type !== 'agendaItem') continue
    const title = titleOf(node)
    if (GENERATED.some((pattern) => pattern.test(title.trim()))) continue
    content.push(createItemNode('agendaItem', { title, kind: node.attrs?.kind ?? 'discussion' }))
  }
  return { type: 'doc', content }
}
