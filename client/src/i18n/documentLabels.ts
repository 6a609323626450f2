import type { Language } from '@referat/shared'

/**
 * Labels that belong to the minutes themselves rather than the UI, so they follow the
 * meeting's language (as the export does) whatever language the UI is shown in.
 */
export const documentLabels: Record<
  Language,
  {
    decisionProposed: string
    decisionDecided: string
    actionItem: string
    assignee: string
    due: string
  }
> = {
  nb: {
    decisionProposed: 'Forslag til vedtak',
    decisionDecided: 'Vedtak',
    actionItem: 'Oppfølging:',
    assignee: 'Ansvarlig',
    due: 'Frist',
  },
  nn: {
    decisionProposed: 'Forslag til vedtak',
    decisionDecided: 'Vedtak',
    actionItem: 'Oppfølging:',
    assignee: 'Ansvarleg',
    due: 'Frist',
  },
  en: {
    decisionProposed: 'Proposed decision',
    decisionDecided: 'Decision',
    actionItem: 'Follow-up:',
    assignee: 'Responsible',
    due: 'Due',
  },
}
