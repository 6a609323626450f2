import { describe, expect, it } from 'vitest'
import { matchesSlashQuery } from '../src/editor/matchesSlashQuery'
import { slashItems } from '../src/editor/slashItems'

const found = (query: string) =>
  slashItems.filter((item) => matchesSlashQuery(item, query)).map((item) => item.id)

describe('the "/" menu filter', () => {
  it('lists everything before anything is typed', () => {
    expect(found('')).toHaveLength(7)
  })

  it('finds entries by their bokmål and English names and keywords', () => {
    expect(found('vedt')).toEqual(['decision'])
    expect(found('Under')).toEqual(['sub-item'])
    expect(found('oppf')).toEqual(['action-item'])
    expect(found('heading')).toEqual(['section-heading'])
    expect(found('liste')).toEqual(['bullet-list', 'ordered-list'])
    expect(found('sak')).toContain('agenda-item')
  })

  it('finds entries by their nynorsk keywords', () => {
    expect(found('oppgåve')).toEqual(['action-item'])
    expect(found('avgjerd')).toEqual(['decision'])
    expect(found('tal')).toContain('ordered-list')
  })

  it('finds nothing for unrelated text', () => {
    expect(found('xyz')).toEqual([])
  })
})
