import type { Attendee } from '../model/attendee'
import type { Referat, ReferatBlock, ReferatInline, ReferatItem } from '../referat/Referat'
import { isSafeHref } from '../schema/isSafeHref'
import { collectActionItems } from './collectActionItems'
import { escapeHtml as e } from './escapeHtml'
import { exportLabels, type ExportLabels } from './exportLabels'
import { formatMeetingTime } from './formatMeetingTime'
import { attendeeLabel } from './attendeeLabel'
import { attendeeLists, groupAttendees } from './groupAttendees'
import { actionDetails, decisionRecord } from './recordText'

const STYLE = `
body{font:11pt/1.5 "Segoe UI",Calibri,Arial,sans-serif;color:#1b1f24;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #c9d1d9}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}h4{font-size:1rem;margin:.8rem 0 .2rem}
.status{font-weight:700;letter-spacing:.05em}.meta dt{font-weight:700;float:left;width:4rem}.meta dd{margin:0 0 0 4.5rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #c9d1d9;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f3f6}.decision{border-left:4px solid #1a7f37;background:#eef8f1;padding:.4rem .8rem;margin:.6rem 0}
.decision.proposed{border-color:#9a6700;background:#fff8e6}.decision-label{font-weight:700}.record{font-style:italic;color:#57606a}
.action{margin:.4rem 0}.action strong{font-weight:700}.decision p,li p{margin:.2rem 0}
@media print{body{margin:0;max-width:none}a{color:inherit}h2,h3{break-after:avoid}table,.decision{break-inside:avoid}}
`

function inlines(runs: readonly ReferatInline[]): string {
  return runs
    .map((run) => {
      if ('lineBreak' in run) return '<br>'
      let html = e(run.text)
      if (run.bold) html = `<strong>${html}</strong>`
      if (run.italic) html = `<em>${html}</em>`
      if (run.href && isSafeHref(run.href)) html = `<a href="${e(run.href)}">${html}</a>`
      return html
    })
    .join('')
}

function block(b: ReferatBlock, l: ExportLabels): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inlines(b.content)}</p>`
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul'
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : ''
      const items = b.items.map((item) => `<li>${item.map((c) => block(c, l)).join('')}</li>`)
      return `<${tag}${start}>${items.join('')}</${tag}>`
    }
    case 'decision': {
      const decided = b.state === 'decided'
      const label = decided ? l.decision : l.proposal
      return (
        `<aside class="decision ${decided ? 'decided' : 'proposed'}" aria-label="${e(label)}">` +
        `<p class="decision-label">${e(label)}:</p>${b.blocks.map((c) => block(c, l)).join('')}` +
        (decided ? `<p class="record">${e(decisionRecord(b, l))}</p>` : '') +
        `</aside>`
      )
    }
    case 'actionItem': {
      const details = actionDetails(b, l)
      return (
        `<p class="action"><strong>${e(l.followUp)}:</strong> ${inlines(b.content)}` +
        (details.length ? ` <span class="record">(${e(details.join(', '))})</span>` : '') +
        `</p>`
      )
    }
  }
}

function item(i: ReferatItem, l: ExportLabels, level: number): string {
  const heading = `<h${level}>${e(`${i.label} ${i.title}`.trim())}</h${level}>`
  const body = i.blocks.map((c) => (c.type === 'item' ? item(c, l, level + 1) : block(c, l)))
  return `<section>${heading}${body.join('')}</section>`
}

function person(a: Attendee, l: ExportLabels): string {
  return e(attendeeLabel(a, l))
}

/**
 * The referat as one standalone, printable HTML page: semantic headings and tables, decisions
 * set off, a follow-up table, no script, every user string escaped and only http(s)/mailto links.
 */
export function renderHtml(referat: Referat): string {
  const { meta } = referat
  const l = exportLabels[meta.language]
  const groups = groupAttendees(referat.attendees)
  const parts: string[] = []
  parts.push(
    `<header><h1>${e(`${l.referat}: ${meta.title}`)}</h1>`,
    `<p class="status">${e(meta.status === 'final' ? l.version(meta.version) : l.draft)}</p>`,
    meta.group ? `<p>${e(meta.group)}</p>` : '',
    `<dl class="meta"><dt>${e(l.time)}</dt><dd>${e(formatMeetingTime(meta))}</dd>`,
    meta.location ? `<dt>${e(l.place)}</dt><dd>${e(meta.location)}</dd>` : '',
    `</dl></header>`,
  )
  if (groups.present.length > 0) {
    const rows = groups.present.map(
      (a) => `<tr><td>${person(a, l)}</td><td>${e(a.organisation)}</td></tr>`,
    )
    parts.push(
      `<h2>${e(l.present)}</h2><table><thead><tr><th scope="col">${e(l.name)}</th>` +
        `<th scope="col">${e(l.organisation)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
  }
  for (const [title, people] of attendeeLists(groups, l)) {
    const items = people.map(
      (a) => `<li>${person(a, l)}${a.organisation ? `, ${e(a.organisation)}` : ''}</li>`,
    )
    parts.push(`<h2>${e(title)}</h2><ul>${items.join('')}</ul>`)
  }
  if (groups.secretariat.length > 0) {
    parts.push(
      `<h2>${e(l.secretariat)}</h2><p>${e(groups.secretariat.map((a) => a.name).join(', '))}</p>`,
    )
  }
  parts.push(`<h2>${e(l.items)}</h2>`)
  for (const part of referat.body) {
    if (part.type === 'item') parts.push(item(part, l, 3))
    else if (part.type === 'section') parts.push(`<h2>${e(part.title)}</h2>`)
    else parts.push(block(part, l))
  }
  const actions = collectActionItems(referat.body)
  if (actions.length > 0) {
    const rows = actions.map(
      (a) =>
        `<tr><td>${e(a.itemLabel)} ${inlines(a.content)}</td><td>${e(a.assignee)}</td>` +
        `<td>${e(a.due)}</td><td>${e(a.done ? l.done : l.open)}</td></tr>`,
    )
    parts.push(
      `<h2>${e(l.followUp)}</h2><table><thead><tr>` +
        [l.what, l.responsible, l.due, l.status]
          .map((h) => `<th scope="col">${e(h)}</th>`)
          .join('') +
        `</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
  }
  return (
    `<!doctype html>\n<html lang="${meta.language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(`${l.referat}: ${meta.title}`)}</title><style>${STYLE}</style></head>` +
    `<body><article>${parts.filter(Boolean).join('\n')}</article></body></html>\n`
  )
}
