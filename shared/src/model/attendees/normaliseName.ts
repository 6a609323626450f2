const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', đ: 'd', ł: 'l', ß: 'ss', œ: 'oe' }

/**
 * A person's name reduced for comparison: case, surrounding and repeated whitespace, and
 * diacritics (å, é, ø, æ …) ignored, so "Asbjørn  Flo" and "asbjorn flo" compare equal.
 */
export function normaliseName(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæđłßœ]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim()
}
