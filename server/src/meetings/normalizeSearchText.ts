/**
 * Text as the decision register compares it: NFKC (so "å" typed as a + ring matches "å") and
 * lower case by Norwegian rules. Letters keep their accents: "å" does not match "a".
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('nb')
}
