export { DocLayout } from './docLayout'
export { readEpoch, renewEpoch } from './documentEpoch'
export { getReferatSchema } from './getReferatSchema'
export { initMeetingDoc } from './initMeetingDoc'
export { newId } from './newId'
export {
  itemLabel,
  letterLabel,
  numberAgenda,
  type ItemNumber,
  type NumberableNode,
  type NumberingOptions,
  type SubItemNumber,
} from './numberAgenda'
export { readMeta } from './readMeta'
export { writeMeta } from './writeMeta'
export {
  ATTENDANCE,
  ATTENDEE_ROLES,
  attendee,
  type Attendance,
  type Attendee,
  type AttendeeRole,
} from './attendee'
export { itemEdit, type ItemEdit } from './itemEdit'
export {
  addAttendees,
  findDuplicates,
  mergeAttendees,
  normaliseName,
  parseAttendeeTable,
  readAttendees,
  removeAttendee,
  updateAttendee,
  type AttendeeFields,
  type ParsedAttendee,
} from './attendees'
export { addElapsedTime } from './addElapsedTime'
export { numberingOptions } from './numberingOptions'
