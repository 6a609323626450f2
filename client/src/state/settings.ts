import { createLocalSetting, type LocalSetting } from './createLocalSetting'

const meetingTokens = new Map<string, LocalSetting>()

/** Everything the client remembers in localStorage, under stable `referat.*` keys. */
export const settings = {
  /** The organizer's capability token, from the `?token=` of the organizer link. */
  organizerToken: createLocalSetting('referat.organizerToken'),
  /** The display name shown to others in a meeting. */
  userName: createLocalSetting('referat.name'),
  /** The colour of this user's caret and presence dot. */
  userColor: createLocalSetting('referat.color'),
  /** The UI language the user chose (`nb`, `nn` or `en`); unset means the meeting's language. */
  uiLanguage: createLocalSetting('referat.uiLanguage'),
  /** The token of one meeting's link, so the page still opens after the URL is cleaned. */
  meetingToken(meetingId: string): LocalSetting {
    let setting = meetingTokens.get(meetingId)
    if (!setting) {
      setting = createLocalSetting(`referat.meetingToken.${meetingId}`)
      meetingTokens.set(meetingId, setting)
    }
    return setting
  },
  /** The role and header of a meeting as last fetched, so it can open offline. */
  meetingCache(meetingId: string): LocalSetting {
    return createLocalSetting(`referat.meeting.${meetingId}`)
  },
}
