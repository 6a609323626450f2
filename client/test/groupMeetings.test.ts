import type { MeetingSummary } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { filterMeetings, groupMeetings, groupNames } from '../src/components/groupMeetings'

const meeting = (id: string, group: string, date: string, status = 'planned'): MeetingSummary =>
  ({
    id,
    title: id,
    group,
    date,
    start: '',
    end: '',
    location: '',
    language: 'nb',
    status,
    createdAt: `${date}T08:00:00.000Z`,
    updatedAt: `${date}T08:00:00.000Z`,
  }) as MeetingSummary

describe('the meeting list', () => {
  const meetings = [
    meeting('a', 'Østlandsnettet', '2026-03-01'),
    meeting('b', '', '2026-05-01', 'final'),
    meeting('c', 'Kulturnettverket', '2026-01-10', 'final'),
    meeting('d', 'Østlandsnettet', '2026-04-02', 'live'),
    meeting('e', 'Kulturnettverket', '2026-02-20'),
  ]

  it('groups by group in Norwegian order, no group last, each newest first', () => {
    expect(groupMeetings(meetings).map((g) => [g.group, g.meetings.map((m) => m.id)])).toEqual([
      ['Kulturnettverket', ['e', 'c']],
      ['Østlandsnettet', ['d', 'a']],
      ['', ['b']],
    ])
    expect(groupNames(meetings)).toEqual(['Kulturnettverket', 'Østlandsnettet'])
  })

  it('filters by status and group', () => {
    const ids = (list: MeetingSummary[]) => list.map((m) => m.id)
    expect(ids(filterMeetings(meetings, { status: 'final', group: '' }))).toEqual(['b', 'c'])
    expect(ids(filterMeetings(meetings, { status: '', group: 'Østlandsnettet' }))).toEqual([
      'a',
      'd',
    ])
    expect(ids(filterMeetings(meetings, { status: 'final', group: 'Kulturnettverket' }))).toEqual([
      'c',
    ])
    expect(filterMeetings(meetings, { status: '', group: '' })).toHaveLength(5)
  })
})
