import { describe, expect, it } from 'vitest'
import { letterLabel, numberAgenda, type NumberableNode } from '../src/model/numberAgenda'

const item = (...sub: string[]): NumberableNode => ({
  type: 'agendaItem',
  content: [{ type: 'agendaTitle' }, ...sub.map((type) => ({ type }))],
})
const section: NumberableNode = { type: 'sectionHeading' }
const paragraph: NumberableNode = { type: 'paragraph' }

describe('numberAgenda', () => {
  it('numbers agenda items 1, 2, 3 by position', () => {
    const labels = numberAgenda([item(), item(), item()]).map((n) => n.label)
    expect(labels).toEqual(['1.', '2.', '3.'])
  })

  it('skips section headings and free paragraphs without breaking the count', () => {
    const numbers = numberAgenda([paragraph, item(), item(), section, item(), paragraph, item()])
    expect(numbers.map((n) => [n.index, n.label])).toEqual([
      [1, '1.'],
      [2, '2.'],
      [4, '3.'],
      [6, '4.'],
    ])
  })

  it('letters sub-items a, b, c within each item, restarting per item', () => {
    const numbers = numberAgenda([
      item('subItem', 'paragraph', 'subItem', 'subItem'),
      item('subItem'),
    ])
    expect(numbers[0]?.subItems).toEqual([
      { index: 1, label: 'a.' },
      { index: 3, label: 'b.' },
      { index: 4, label: 'c.' },
    ])
    expect(numbers[1]?.subItems).toEqual([{ index: 1, label: 'a.' }])
  })

  it('renumbers when items are reordered', () => {
    const a = item()
    const b = item('subItem')
    const before = numberAgenda([a, section, b])
    const after = numberAgenda([b, section, a])
    expect(before.map((n) => n.index)).toEqual([0, 2])
    expect(after.map((n) => n.label)).toEqual(['1.', '2.'])
    expect(after[0]?.subItems.map((s) => s.label)).toEqual(['a.'])
  })

  it('numbers cases through the year in yearly style', () => {
    const numbers = numberAgenda([item(), section, item()], {
      style: 'yearly',
      start: 38,
      year: 2025,
    })
    expect(numbers.map((n) => n.label)).toEqual(['Sak 38/25', 'Sak 39/25'])
    const english = numberAgenda([item()], {
      style: 'yearly',
      start: 7,
      year: 2026,
      language: 'en',
    })
    expect(english[0]?.label).toBe('Item 7/26')
  })

  it('letters past z as aa, ab', () => {
    expect([0, 25, 26, 27, 51, 52].map(letterLabel)).toEqual(['a', 'z', 'aa', 'ab', 'az', 'ba'])
  })
})
