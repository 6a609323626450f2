import { openActionItemsResponse, type OpenActionItem } from '@referat/shared'
import { apiRequest } from './apiRequest'

/** `GET /api/action-items`: the open action items of every meeting (organizer only). */
export async function listOpenActionItems(
  token: string,
  signal?: AbortSignal,
): Promise<OpenActionItem[]> {
  const { actionItems } = await apiRequest('/api/action-items', {
    token,
    schema: openActionItemsResponse,
    signal,
  })
  return actionItems
}
