import { decisionRegister, type DecisionRegisterEntry } from '@referat/shared'
import { apiRequest } from './apiRequest'

/** What the decision register is filtered by: words to search for, and one group. */
export interface DecisionFilter {
  q: string
  group: string
}

/**
 * `GET /api/decisions`: the decided decisions of the meetings the token may see (all for the
 * organizer, its own group's for a meeting link), newest meeting first.
 */
export async function listDecisions(
  token: string,
  filter: DecisionFilter,
  signal?: AbortSignal,
): Promise<DecisionRegisterEntry[]> {
  const params = new URLSearchParams()
  if (filter.q.trim()) params.set('q', filter.q.trim())
  if (filter.group) params.set('group', filter.group)
  const query = params.toString() ? `?${params.toString()}` : ''
  const { decisions } = await apiRequest(`/api/decisions${query}`, {
    token,
    schema: decisionRegister,
    signal,
  })
  return decisions
}
