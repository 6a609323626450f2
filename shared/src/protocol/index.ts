export { API_ERROR_CODES, apiError, type ApiError, type ApiErrorCode } from './apiError'
export { CloseCodes, type CloseCode, type CloseCodeName } from './closeCodes'
export { createMeetingRequest, type CreateMeetingRequest } from './createMeetingRequest'
export { createMeetingResponse, type CreateMeetingResponse } from './createMeetingResponse'
export { MEETING_ID_PATTERN, meetingId } from './meetingId'
export { meetingLinks, type MeetingLinks } from './meetingLinks'
export { localeOf, type Locale } from './localeOf'
export {
  LANGUAGES,
  MEETING_STATUSES,
  NUMBERING_STYLES,
  meetingMeta,
  type Language,
  type MeetingMeta,
  type MeetingStatus,
  type NumberingStyle,
} from './meetingMeta'
export { meetingSummary, type MeetingSummary } from './meetingSummary'
export { canEdit, MEETING_ROLES, ROLES, runsMeeting, type MeetingRole, type Role } from './roles'
export { tokenClaims, type TokenClaims } from './tokenClaims'
export { listMeetingsResponse, type ListMeetingsResponse } from './listMeetingsResponse'
export { meetingWithRole, type MeetingWithRole } from './meetingWithRole'
export {
  personalLinkRequest,
  personalLinkResponse,
  type PersonalLinkRequest,
  type PersonalLinkResponse,
} from './personalLink'
export { MessageType } from './MessageType'
export {
  decisionRegister,
  decisionRegisterEntry,
  type DecisionRegister,
  type DecisionRegisterEntry,
} from './decisionRegister'
export { openActionItem, openActionItemsResponse, type OpenActionItem } from './openActionItems'
export {
  meetingTemplate,
  saveTemplateRequest,
  templatesResponse,
  type MeetingTemplate,
} from './templates'
