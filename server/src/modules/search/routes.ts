import { searchQuerySchema, searchResultSchema } from '@kontor/domain/search';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { SearchService } from './service.js';

export function searchRoutes(app: Api, search: SearchService): void {
  app.get(
    '/api/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['search'],
        summary:
          'Global search over every record type the caller may see, grouped by type: whole words, then word prefixes, then near words (1 typo from 4 letters, 2 from 8); ä/ae/a alike',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    (request) => search.search(principalOf(request), request.query.q, request.query.limit),
  );
}
