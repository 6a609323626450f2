export { ImportError } from './ImportError'
export type { ImportedMeeting, ParseMinutesOptions } from './ImportedMeeting'
export { MAX_IMPORT_BYTES } from './checkText'
export { parseMinutes } from './parseMinutes'
