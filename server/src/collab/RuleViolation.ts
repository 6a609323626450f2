/**
 * An update that breaks a rule of the meeting (a non-moderator changing a decided decision, any
 * change to a final meeting …). It is not applied; the connection is closed with 4409.
 */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation'
}
