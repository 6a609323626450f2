import { meetingTemplate, templatesResponse, type MeetingTemplate } from '@referat/shared'
import { z } from 'zod'
import { apiRequest } from './apiRequest'

/** `GET /api/templates`: the saved agendas, by name (organizer only). */
export async function listTemplates(
  token: string,
  signal?: AbortSignal,
): Promise<MeetingTemplate[]> {
  const { templates } = await apiRequest('/api/templates', {
    token,
    schema: templatesResponse,
    signal,
  })
  return templates
}

/** `POST /api/templates`: saves the agenda of a meeting as a template called `name`. */
export function saveTemplate(
  token: string,
  meetingId: string,
  name: string,
): Promise<MeetingTemplate> {
  return apiRequest('/api/templates', {
    token,
    method: 'POST',
    body: { meetingId, name },
    schema: meetingTemplate,
  })
}

/** `DELETE /api/templates/:id`. */
export async function deleteTemplate(token: string, id: string): Promise<void> {
  await apiRequest(`/api/templates/${encodeURIComponent(id)}`, {
    token,
    method: 'DELETE',
    schema: z.undefined(),
  })
}
