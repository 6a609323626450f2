import { useI18n } from '../i18n/useI18n'

interface DuplicateNoticeProps {
  name: string
  count: number
  editable: boolean
  onMerge: () => void
}

/** Says that a person is on the list more than once and offers to merge the entries. */
export function DuplicateNotice({ name, count, editable, onMerge }: DuplicateNoticeProps) {
  const { t } = useI18n()
  return (
    <div className="attendance-duplicate" data-testid="attendance-duplicate">
      <span>{t.attendanceDuplicateNotice(name, count)}</span>
      {editable && (
        <button
          type="button"
          className="button button-secondary button-tiny"
          aria-label={t.attendanceMergeLabel(name)}
          onClick={onMerge}
          data-testid="btn-merge-duplicates"
        >
          {t.attendanceMerge}
        </button>
      )}
    </div>
  )
}
