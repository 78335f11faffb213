import { type SearchResult, searchResultSchema } from '@kontor/domain/search';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';

export const SEARCH_LIMIT = 5;

/** The global search's hits for a (debounced) query; the last answer stays while the next loads. */
export function useGlobalSearch(query: string) {
  const q = query.trim();
  return useQuery<SearchResult>({
    queryKey: ['search', q],
    queryFn: () =>
      apiRequest(`/api/search?${new URLSearchParams({ q, limit: String(SEARCH_LIMIT) })}`, {
        schema: searchResultSchema,
      }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
