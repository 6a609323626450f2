import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx'
import { layout } from './layout'

const LEVELS = 9
const BULLETS = ['•', '◦', '▪']

function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : (BULLETS[level % BULLETS.length] ?? '•'),
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: layout.listIndent(level), hanging: 360 } } },
  }))
}

/**
 * The Word numbering of a document's lists: one definition for bullets and one per start number of
 * ordered lists. Each ordered list is its own instance, so that it counts from its own start; bullets
 * do not count, so all bullet lists share one. A nested list is a deeper level of its kind.
 */
export class ListNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>()
  private instances = 0

  /** The numbering of a new list: give it, with the nesting depth as level, to each item. */
  next(ordered: boolean, start: number): { reference: string; instance: number } {
    const reference = ordered ? `referat-ordered-${start}` : 'referat-bullet'
    if (!this.definitions.has(reference)) {
      this.definitions.set(reference, { reference, levels: levels(ordered, ordered ? start : 1) })
    }
    if (!ordered) return { reference, instance: 0 }
    this.instances += 1
    return { reference, instance: this.instances }
  }

  /** The definitions the lists handed out so far use, for the document's `numbering` option. */
  get config(): NumberingDefinition[] {
    return [...this.definitions.values()]
  }
}
