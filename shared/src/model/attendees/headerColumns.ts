const NAME_WORDS = new Set([
  'navn',
  'namn',
  'name',
  'deltaker',
  'deltakere',
  'deltakar',
  'deltakarar',
  'person',
])
const ORGANISATION_WORDS = new Set([
  'kommune',
  'kommuner',
  'kommunar',
  'organisasjon',
  'organisation',
  'organization',
  'region',
  'virksomhet',
  'verksemd',
  'etat',
  'fylke',
  'fylkeskommune',
  'municipality',
  'company',
])
const ROLE_WORDS = new Set(['rolle', 'role', 'funksjon'])
const OTHER_WORDS = new Set(['e-post', 'epost', 'email', 'e-mail', 'tittel', 'stilling', 'title'])

/** Where the columns of a table are, as its header row names them. */
export interface HeaderColumns {
  name: number
  organisation: number
  role: number
}

const wordsOf = (cell: string) =>
  cell
    .toLocaleLowerCase('nb')
    .split(/[\s/&,]+/)
    .filter((word) => word && word !== 'og' && word !== 'and')

/**
 * The columns a header row names ("NAVN | KOMMUNE / REGION", "Name; Organisation; Role"), or
 * `null` when the row is not a header: every non-empty cell must consist of header words only
 * and one of them must name the name column.
 */
export function headerColumns(cells: readonly string[]): HeaderColumns | null {
  const columns: HeaderColumns = { name: -1, organisation: -1, role: -1 }
  for (const [index, cell] of cells.entries()) {
    const words = wordsOf(cell)
    if (words.length === 0) continue
    const known = (set: Set<string>) => words.every((word) => set.has(word))
    if (known(NAME_WORDS)) columns.name = columns.name < 0 ? index : columns.name
    else if (known(ORGANISATION_WORDS))
      columns.organisation = columns.organisation < 0 ? index : columns.organisation
    else if (known(ROLE_WORDS)) columns.role = columns.role < 0 ? index : columns.role
    else if (!words.every((word) => OTHER_WORDS.has(word))) return null
  }
  return columns.name >= 0 ? columns : null
}
