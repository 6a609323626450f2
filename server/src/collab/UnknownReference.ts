import { RuleViolation } from './RuleViolation'

/**
 * An update that builds on content the server does not have, so it cannot be checked. From a
 * connection that has not answered the server's sync step 1 yet this is normal (edits made
 * offline arrive with that answer); after it, the update is rejected like any rule violation.
 */
export class UnknownReference extends RuleViolation {}
