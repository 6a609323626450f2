import type { MeetingStatus } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'

/** The meeting's status (planned, in progress, draft, final) as a small label. */
export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n()
  const labels: Record<MeetingStatus, string> = {
    planned: t.statusPlanned,
    live: t.statusLive,
    draft: t.statusDraft,
    final: t.statusFinal,
  }
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {labels[status]}
    </span>
  )
}
