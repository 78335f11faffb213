import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import { OpportunityRepository } from '../opportunities/repository.js';
import { groupedReport } from './grouped.js';
import { resolveView } from './view.js';

/** A grouped report by creation month, as R5 will declare one: the period buckets in Berlin time. */
const byCreation = groupedReport({
  def: {
    name: 'opportunities',
    title: { de: 'Chancen', en: 'Opportunities' },
    description: { de: '', en: '' },
    record: 'opportunity',
    measures: [{ key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' }],
    dimensions: [{ key: 'created', label: { de: 'Angelegt', en: 'Created' }, kind: 'period' }],
    filters: ['ownerName'],
    periodField: { de: 'Angelegt', en: 'Created' },
    charts: ['bar'],
    defaults: {
      groupBy: ['created'],
      measures: ['count'],
      sort: null,
      chart: 'bar',
      grain: 'month',
      period: 'month',
    },
  },
  permissions: ['opportunities.read'],
  list: 'opportunity',
  columns: OPPORTUNITY_COLUMNS,
  base: (context) =>
    new OpportunityRepository(context.db).visibleJoining(context.principal, new Set(['owner'])),
  periodColumn: { sql: sql`opportunities.created_at`, kind: 'datetime', filterKey: 'createdAt' },
  measures: [{ key: 'count', aggregate: sql`count(*)`, drills: true }],
  dimensions: [],
});

/** Additive counts by owner or by name (one group per opportunity), to test totals taken from the groups. */
const byKey = groupedReport({
  def: {
    ...byCreation.def,
    dimensions: [
      { key: 'owner', label: { de: 'Betreuer', en: 'Owner' }, kind: 'record' },
      { key: 'name', label: { de: 'Name', en: 'Name' }, kind: 'record' },
    ],
    defaults: { ...byCreation.def.defaults, groupBy: ['owner'] },
  },
  permissions: ['opportunities.read'],
  list: 'opportunity',
  columns: OPPORTUNITY_COLUMNS,
  base: (context) => new OpportunityRepository(context.db).visibleJoining(context.principal, new Set()),
  periodColumn: { sql: sql`opportunities.created_at`, kind: 'datetime', filterKey: 'createdAt' },
  measures: [{ key: 'count', aggregate: sql`count(*)`, drills: true, additive: true }],
  dimensions: ['owner', 'name'].map((key) => ({
    key,
    group: sql<string | null>`${sql.ref(`opportunities.${key}${key === 'owner' ? '_id' : ''}`)}`,
    labels: async () => new Map<string, string>(),
    drill: () => null,
  })),
});

const ADMIN_PRINCIPAL = {
  role: 'admin',
  language: 'de',
  permissions: [],
  visibility: 'all',
  teamIds: [],
  via: 'session',
} as const;

/** A bare opportunity row created at `at` in the first seeded stage. */
const opportunityAt = (index: number, at: string, ownerId: string | null) => ({
  id: `O${String(index).padStart(3, '0')}`,
  name: `Chance ${index}`,
  name_key: `chance ${index}`,
  stage_id: '00000000-0000-7000-8001-000000000001',
  expected_revenue_cents: 0,
  owner_id: ownerId,
  status_changed_at: at,
  created_at: at,
  updated_at: at,
  created_by: null,
});

describe('grouped reports', () => {
  const env = freshAdminAppPerTest();

  it('buckets datetimes by Berlin months and compares bucket by bucket', async () => {
    const created = [
      '2026-02-28T23:30:00.000Z',
      '2026-03-15T10:00:00.000Z',
      '2026-03-31T22:30:00.000Z',
      '2026-01-10T10:00:00.000Z',
      '2026-04-02T10:00:00.000Z',
    ];
    await env.database.db
      .insertInto('opportunities')
      .values(created.map((at, index) => opportunityAt(index, at, null)))
      .execute();
    const principal = { ...ADMIN_PRINCIPAL, userId: env.admin.userId };
    const view = resolveView(
      byCreation.def,
      { from: '2026-03-01', to: '2026-04-30', filter: {}, compare: true },
      new Date(),
    );
    const result = await byCreation.compute({
      db: env.database.db,
      engine: env.database.engine,
      principal,
      language: 'de',
      view,
    });
    // 28 Feb 23:30 UTC is 1 March in Berlin; 31 March 22:30 UTC is 1 April (summer time).
    expect(
      result.rows.map((row) => [row.keys.created?.label, row.values.count, row.previous?.count]),
    ).toEqual([
      ['März 2026', 2, 1],
      ['April 2026', 2, 0],
    ]);
    expect(result.previousPeriod).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(result.rows[1]?.drill.count?.filter).toEqual({ createdAt: '>=1.4.2026 & <1.5.2026' });
  });

  it('adds additive totals up from the groups, and counts them itself when the groups were cut', async () => {
    const at = '2026-03-10T10:00:00.000Z';
    await env.database.db
      .insertInto('opportunities')
      .values(
        Array.from({ length: 503 }, (_, index) =>
          opportunityAt(index, at, index % 3 === 0 ? null : env.admin.userId),
        ),
      )
      .execute();
    const report = (groupBy: string) =>
      byKey.compute({
        db: env.database.db,
        engine: env.database.engine,
        principal: { ...ADMIN_PRINCIPAL, userId: env.admin.userId },
        language: 'de',
        view: resolveView(
          byKey.def,
          { from: '2026-03-01', to: '2026-03-31', filter: {}, groupBy: [groupBy] },
          new Date(),
        ),
      });
    const byOwner = await report('owner');
    expect(byOwner.rows.map((row) => row.values.count).sort()).toEqual([168, 335]);
    expect(byOwner.totals.values.count).toBe(503);
    // 503 groups: 500 shown, and the totals still over all 503 rows.
    const byName = await report('name');
    expect(byName.truncated).toBe(true);
    expect(byName.rows).toHaveLength(500);
    expect(byName.totals.values.count).toBe(503);
  });
});
