import {
  attendeeLabel,
  attendeeLists,
  exportLabels,
  formatMeetingTime,
  groupAttendees,
  type Language,
} from '@referat/shared'
import type { Editor } from '@tiptap/core'
import { memo, useEffect, useMemo } from 'react'
import type { ActionItemEntry } from '../actions/ActionItemEntry'
import { assigneeName } from '../actions/assigneeName'
import { useAttendees } from '../attendance/useAttendees'
import type { MeetingConnection } from '../collab/MeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { memoizeLast } from '../editor/memoizeLast'
import { shallowEqualLists } from '../editor/shallowEqual'
import { useEditorValueAfterPaint } from '../editor/useEditorValue'
import { formatDate } from '../format/formatDate'
import { actionItemsOf } from '../editor/editorLists'

/*
 * The parts of the printed meeting page that the screen shows elsewhere (in the sidebar, or as
 * form fields), laid out as the exports lay out a referat (shared/src/export/renderHtml.ts), in
 * the meeting's language and with the exports' words. Hidden on screen (`.print-only`); the print
 * stylesheet in app.css shows them and hides the rest of the page around the minutes.
 */

/** "side N av M" around the page numbers, as in the footer of the PDF export. */
const PAGE_OF: Record<Language, [before: string, between: string]> = {
  nb: ['side ', ' av '],
  nn: ['side ', ' av '],
  en: ['page ', ' of '],
}

const cssString = (text: string) => JSON.stringify(text)

/**
 * The footer of every printed page, as the PDF export has it: "UTKAST – Referat: title" (without
 * UTKAST once final) and "side N av M". Page margins can only read custom properties of the root
 * element, so they are set there while the meeting is open.
 */
function usePrintFooter(footer: string, language: Language) {
  useEffect(() => {
    const root = document.documentElement.style
    const [before, between] = PAGE_OF[language]
    root.setProperty('--print-footer', cssString(footer))
    root.setProperty('--print-page-before', cssString(before))
    root.setProperty('--print-page-between', cssString(between))
    return () => {
      root.removeProperty('--print-footer')
      root.removeProperty('--print-page-before')
      root.removeProperty('--print-page-between')
    }
  }, [footer, language])
}

/**
 * The top of the printed referat: the title block (title, draft or version, group, time and
 * place), those present as a table, the other attendee lists, the secretariat, and the heading
 * of the agenda items that follow it; and the page footer.
 */
export const PrintFrontMatter = memo(function PrintFrontMatter({
  connection,
}: {
  connection: MeetingConnection
}) {
  const { meta } = useValueStore(connection.meta)
  const attendees = useAttendees(connection.doc)
  const l = exportLabels[meta.language]
  const groups = useMemo(() => groupAttendees(attendees), [attendees])
  const final = meta.status === 'final'
  const title = `${l.referat}: ${meta.title}`
  usePrintFooter(final ? title : `${l.draft} – ${title}`, meta.language)

  return (
    <div className="print-only print-front" lang={meta.language} data-testid="print-front">
      <header className="print-title-block">
        <h1>{title}</h1>
        <p
          className={`print-status${final ? '' : ' is-draft'}`}
          data-status={meta.status}
          data-testid="print-status"
        >
          {final ? l.version(meta.version) : l.draft}
        </p>
        {meta.group && <p className="print-group">{meta.group}</p>}
        <dl className="print-facts">
          <dt>{l.time}</dt>
          <dd>{formatMeetingTime(meta)}</dd>
          {meta.location && (
            <>
              <dt>{l.place}</dt>
              <dd>{meta.location}</dd>
            </>
          )}
        </dl>
      </header>
      <div className="print-attendees" data-testid="print-attendees">
        {groups.present.length > 0 && (
          <>
            <h2>{l.present}</h2>
            <table className="print-table">
              <thead>
                <tr>
                  <th scope="col">{l.name}</th>
                  <th scope="col">{l.organisation}</th>
                </tr>
              </thead>
              <tbody>
                {groups.present.map((person) => (
                  <tr key={person.id}>
                    <td>{attendeeLabel(person, l)}</td>
                    <td>{person.organisation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {attendeeLists(groups, l).map(([title, people]) => (
          <section key={title}>
            <h2>{title}</h2>
            <ul>
              {people.map((person) => (
                <li key={person.id}>
                  {attendeeLabel(person, l)}
                  {person.organisation && `, ${person.organisation}`}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.secretariat.length > 0 && (
          <section>
            <h2>{l.secretariat}</h2>
            <p>{groups.secretariat.map((person) => person.name).join(', ')}</p>
          </section>
        )}
      </div>
      <h2 className="print-items-heading">{l.items}</h2>
    </div>
  )
})

const NO_ENTRIES: ActionItemEntry[] = []
const inDocumentOrder = memoizeLast((entries: ActionItemEntry[]) =>
  [...entries].sort((a, b) => a.index - b.index),
)

/**
 * The end of the printed referat: every follow-up task in document order with its agenda item,
 * who is responsible, the due date and whether it is done ("Oppfølging"). Nothing without tasks.
 */
export const PrintFollowUp = memo(function PrintFollowUp({
  connection,
  editor,
}: {
  connection: MeetingConnection
  editor: Editor | null
}) {
  const { meta } = useValueStore(connection.meta)
  const attendees = useAttendees(connection.doc)
  const entries = useEditorValueAfterPaint(editor, actionItemsOf, shallowEqualLists) ?? NO_ENTRIES
  const l = exportLabels[meta.language]
  if (entries.length === 0) return null

  return (
    <section
      className="print-only print-follow-up"
      lang={meta.language}
      data-testid="print-follow-up"
    >
      <h2>{l.followUp}</h2>
      <table className="print-table">
        <thead>
          <tr>
            {[l.what, l.responsible, l.due, l.status].map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inDocumentOrder(entries).map((entry) => (
            <tr key={entry.key} data-done={entry.done || undefined}>
              <td>{`${entry.itemLabel} ${entry.text}`.trim()}</td>
              <td>{assigneeName(entry.assignee, attendees)}</td>
              <td>{formatDate(entry.due, meta.language, 'medium')}</td>
              <td>{entry.done ? l.done : l.open}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
})
