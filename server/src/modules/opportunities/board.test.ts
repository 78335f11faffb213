import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { opportunityApi } from './test-support.js';

interface Column {
  stage: { name: string };
  count: number;
  expectedRevenueCents: number;
  weightedRevenueCents: number;
  cards: { id: string; name: string; version: number; status: string }[];
  nextCursor: string | null;
}

describe('opportunity board', () => {
  const env = freshAdminAppPerTest();
  const api = () => opportunityApi(env);
  const byStage = (columns: Column[]) => Object.fromEntries(columns.map((c) => [c.stage.name, c]));

  it('shows every stage in order with exact counts and sums of the active pipeline', async () => {
    const [neu, qualifiziert] = await api().stages();
    const customer = await api().organization('Kunde');
    // 333.33 € at 10 % = 33.333 € → 33.33 €; 0.05 € at 10 % = 0.005 € → 0.01 € (half up); own 33 %.
    const values: [string | undefined, number, number | null][] = [
      [neu?.id, 33_333, null],
      [neu?.id, 5, null],
      [neu?.id, 100_001, 33],
      [qualifiziert?.id, 99_999, null],
    ];
    for (const [stageId, cents, probability] of values)
      await api().create({
        name: `Chance ${cents}`,
        organizationId: customer.id,
        stageId,
        expectedRevenueCents: cents,
        probability,
      });
    const lost = (
      await api().create({
        name: 'Verloren',
        organizationId: customer.id,
        stageId: neu?.id,
        expectedRevenueCents: 1_000_000,
      })
    ).json();
    const [reason] = (await api().inject('GET', '/api/lost-reasons')).json().items;
    expect(
      (await api().status(lost.id, { status: 'lost', version: 1, lostReasonIds: [reason.id] })).statusCode,
    ).toBe(200);

    const response = await api().board();
    expect(response.statusCode).toBe(200);
    const board = response.json();
    expect(board.statuses).toEqual(['open', 'replied', 'quotation']);
    expect(board.columns.map((c: Column) => c.stage.name)).toEqual([
      'Neu',
      'Qualifiziert',
      'Bedarfsanalyse',
      'Angebot',
      'Verhandlung',
    ]);
    const columns = byStage(board.columns);
    expect(columns.Neu).toMatchObject({ count: 3, expectedRevenueCents: 133_339 });
    // 3,333 + 1 + round(100,001 × 0.33 = 33,000.33) = 3,333 + 1 + 33,000
    expect(columns.Neu?.weightedRevenueCents).toBe(3_333 + 1 + 33_000);
    // 99,999 × 25 % = 24,999.75 → 25,000
    expect(columns.Qualifiziert).toMatchObject({
      count: 1,
      expectedRevenueCents: 99_999,
      weightedRevenueCents: 25_000,
    });
    expect(columns.Angebot).toMatchObject({
      count: 0,
      expectedRevenueCents: 0,
      weightedRevenueCents: 0,
      cards: [],
    });

    const withLost = byStage(
      (await api().board(`filter[status]=${encodeURIComponent('Verloren')}`)).json().columns,
    );
    expect(withLost.Neu).toMatchObject({ count: 1, expectedRevenueCents: 1_000_000 });
    const all = (await api().board(`filter[status]=${encodeURIComponent('!Geschlossen')}`)).json();
    expect(all.statuses).toEqual(['open', 'replied', 'quotation', 'lost', 'converted']);
    expect(byStage(all.columns).Neu?.count).toBe(4);
  });

  it('applies the list filters to cards, counts and sums, and pages a column with its cursor', async () => {
    const [neu] = await api().stages();
    const alpha = await api().organization('Alpha GmbH');
    const beta = await api().organization('Beta KG');
    for (let i = 0; i < 7; i++)
      await api().create({
        name: `A${i}`,
        organizationId: alpha.id,
        stageId: neu?.id,
        expectedRevenueCents: 1000,
      });
    await api().create({ name: 'B', organizationId: beta.id, stageId: neu?.id, expectedRevenueCents: 5000 });

    const filtered = byStage((await api().board(`filter[organizationName]=alpha&limit=3`)).json().columns)
      .Neu as Column;
    expect(filtered).toMatchObject({ count: 7, expectedRevenueCents: 7000 });
    // Newest change first.
    expect(filtered.cards.map((c) => c.name)).toEqual(['A6', 'A5', 'A4']);
    const seen = [...filtered.cards.map((c) => c.name)];
    let cursor = filtered.nextCursor;
    while (cursor) {
      const page = await api().inject(
        'GET',
        `/api/opportunities/board/${neu?.id}?filter[organizationName]=alpha&limit=3&cursor=${encodeURIComponent(cursor)}`,
      );
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().cards.map((c: { name: string }) => c.name));
      cursor = page.json().nextCursor;
    }
    expect(seen).toEqual(['A6', 'A5', 'A4', 'A3', 'A2', 'A1', 'A0']);

    const expensive = byStage(
      (await api().board(`filter[expectedRevenue]=${encodeURIComponent('>20')}`)).json().columns,
    );
    expect(expensive.Neu?.cards.map((c) => c.name)).toEqual(['B']);
    expect((await api().board('filter[bogus]=1')).statusCode).toBe(400);
    expect((await api().board('sort=name')).statusCode).toBe(400);
    expect((await api().inject('GET', '/api/opportunities/board/unknown-stage')).statusCode).toBe(404);
  });

  it('moves a card with its version, records the stage change, and refuses a stale move with 409', async () => {
    const [neu, qualifiziert] = await api().stages();
    const customer = await api().organization('Kunde');
    const created = (
      await api().create({ name: 'Zieh mich', organizationId: customer.id, stageId: neu?.id })
    ).json();
    const moved = await api().move(created.id, { stageId: qualifiziert?.id, version: 1 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ id: created.id, stageId: qualifiziert?.id, version: 2 });
    const stale = await api().move(created.id, { stageId: neu?.id, version: 1 });
    expect(stale.statusCode).toBe(409);
    const board = byStage((await api().board()).json().columns);
    expect(board.Qualifiziert?.cards.map((c) => [c.name, c.version])).toEqual([['Zieh mich', 2]]);
    expect(board.Neu?.count).toBe(0);
    const unknown = await api().move(created.id, { stageId: 'nope', version: 2 });
    expect(unknown.statusCode).toBe(400);
    const bad = await api().move(created.id, { stageId: neu?.id, version: 'zwei' });
    expect(bad.statusCode).toBe(400);
    const entries = await env.database.db
      .selectFrom('activities')
      .innerJoin('activity_links', 'activity_links.activity_id', 'activities.id')
      .select(['activities.subject', 'activity_links.record_type'])
      .where('activity_links.record_type', 'in', ['opportunity', 'organization'])
      .where('activities.system_key', '=', 'opportunity.stage-changed')
      .execute();
    expect(entries.map((e) => `${e.record_type}: ${e.subject}`).sort()).toEqual([
      'opportunity: Phase: Neu → Qualifiziert',
      'organization: Phase: Neu → Qualifiziert',
    ]);
  });

  it('keeps the status of a lost opportunity that is moved (only the stage changes)', async () => {
    const [neu, qualifiziert] = await api().stages();
    const customer = await api().organization('Kunde');
    const created = (
      await api().create({ name: 'Verloren', organizationId: customer.id, stageId: neu?.id })
    ).json();
    const [reason] = (await api().inject('GET', '/api/lost-reasons')).json().items;
    const lost = (
      await api().status(created.id, { status: 'lost', version: 1, lostReasonIds: [reason.id] })
    ).json();
    const moved = await api().move(created.id, { stageId: qualifiziert?.id, version: lost.version });
    expect(moved.statusCode).toBe(200);
    const detail = (await api().inject('GET', `/api/opportunities/${created.id}`)).json();
    expect(detail).toMatchObject({ status: 'lost', stageName: 'Qualifiziert' });
  });
});
