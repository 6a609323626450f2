/** Why a meeting cannot be shown; each has its own full-page message. */
export type FatalError = 'unauthorized' | 'forbidden' | 'not-found' | 'rejected'
