import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest } from '../../../test/harness.js';

const KEYS = [
  'groupBy',
  'grain',
  'measures',
  'from',
  'to',
  'sort',
  'compare',
  'chart',
  'filter[ownerName]',
  'filter[stageName]',
  'format',
  'x',
];
const VALUES = [
  'step,owner',
  'closeMonth',
  'stage,owner,team',
  'day',
  'month',
  'count',
  '-weighted',
  '2026-02-29',
  '2026-03-01',
  '9999-12-31',
  '0000-01-01',
  '>=1.3.2026&<',
  '="a',
  '|',
  '1',
  'true',
  'funnel',
  'pie',
  '%00',
  '',
];

/** Any query string, from near-misses of real views to junk: always a 200 or a 4xx, never a 500. */
describe('report queries', () => {
  const env = freshAdminAppPerTest();

  it('never answers a hostile or malformed query with a server error', async () => {
    const part = fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
      fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 30 })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('funnel', 'pipeline', 'funnel/export', 'pipeline/export', 'x'),
        fc.array(part, { maxLength: 5 }),
        async (path, parts) => {
          const query = parts
            .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
            .join('&');
          const response = await env.app.inject({
            method: 'GET',
            url: `/api/reports/${path}?${query}`,
            headers: as(env.admin),
          });
          expect(response.statusCode, `${path}?${query}: ${response.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
