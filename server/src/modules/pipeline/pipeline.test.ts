import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { opportunityApi } from '../opportunities/test-support.js';

describe('pipeline settings', () => {
  const env = freshAdminAppPerTest();
  const api = () => opportunityApi(env);

  it('lists the seeded stages in order and lets an admin add, change and reorder them', async () => {
    const stages = await api().stages();
    expect(stages.map((s) => [s.name, s.probability])).toEqual([
      ['Neu', 10],
      ['Qualifiziert', 25],
      ['Bedarfsanalyse', 40],
      ['Angebot', 60],
      ['Verhandlung', 80],
    ]);
    const created = await api().inject('POST', '/api/pipeline-stages', {
      name: 'Gewonnen',
      probability: 100,
      folded: true,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Gewonnen', probability: 100, folded: true, position: 60 });
    const changed = await api().inject('PATCH', `/api/pipeline-stages/${created.json().id}`, {
      version: 1,
      name: 'Auftrag',
    });
    expect(changed.json()).toMatchObject({ name: 'Auftrag', version: 2 });
    const stale = await api().inject('PATCH', `/api/pipeline-stages/${created.json().id}`, {
      version: 1,
      name: 'X',
    });
    expect(stale.statusCode).toBe(409);
    const ids = [created.json().id, ...stages.map((s) => s.id)];
    const reordered = await api().inject('PUT', '/api/pipeline-stages/order', { ids });
    expect(reordered.json().items.map((s: { name: string }) => s.name)).toEqual([
      'Auftrag',
      'Neu',
      'Qualifiziert',
      'Bedarfsanalyse',
      'Angebot',
      'Verhandlung',
    ]);
    const incomplete = await api().inject('PUT', '/api/pipeline-stages/order', { ids: ids.slice(1) });
    expect(incomplete.statusCode).toBe(409);
    const bad = await api().inject('POST', '/api/pipeline-stages', { name: 'X', probability: 150 });
    expect(bad.statusCode).toBe(400);
  });

  it('lets sales staff read stages but not change them', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect((await api().inject('GET', '/api/pipeline-stages', undefined, sales)).statusCode).toBe(200);
    const refused = await api().inject(
      'POST',
      '/api/pipeline-stages',
      { name: 'Meins', probability: 5 },
      sales,
    );
    expect(refused.statusCode).toBe(403);
    expect((await api().stages()).length).toBe(5);
  });

  it('deletes a stage in use only by moving its opportunities, and never the last stage', async () => {
    const [neu, qualifiziert, ...rest] = await api().stages();
    const customer = await api().organization('Kunde');
    const created = (
      await api().create({ name: 'Wandert', organizationId: customer.id, stageId: neu?.id })
    ).json();
    const inUse = await api().inject('DELETE', `/api/pipeline-stages/${neu?.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().detail).toContain('1 Chancen');
    expect((await api().inject('DELETE', `/api/pipeline-stages/${neu?.id}?moveTo=nope`)).statusCode).toBe(
      400,
    );
    expect(
      (await api().inject('DELETE', `/api/pipeline-stages/${neu?.id}?moveTo=${neu?.id}`)).statusCode,
    ).toBe(400);
    const moved = await api().inject('DELETE', `/api/pipeline-stages/${neu?.id}?moveTo=${qualifiziert?.id}`);
    expect(moved.statusCode).toBe(204);
    const after = (await api().inject('GET', `/api/opportunities/${created.id}`)).json();
    expect(after).toMatchObject({ stageName: 'Qualifiziert', version: 2 });
    for (const stage of rest)
      expect((await api().inject('DELETE', `/api/pipeline-stages/${stage.id}`)).statusCode).toBe(204);
    const last = await api().inject(
      'DELETE',
      `/api/pipeline-stages/${qualifiziert?.id}?moveTo=${qualifiziert?.id}`,
    );
    expect(last.statusCode).toBe(409);
    expect(last.json().detail).toContain('letzte Phase');
    expect((await api().stages()).map((s) => s.name)).toEqual(['Qualifiziert']);
  });

  it('manages lost reasons: deactivated ones drop out of the offer, used ones cannot be deleted', async () => {
    const created = (await api().inject('POST', '/api/lost-reasons', { name: 'Lieferzeit' })).json();
    expect(created).toMatchObject({ name: 'Lieferzeit', active: true, version: 1 });
    const unused = (await api().inject('POST', '/api/lost-reasons', { name: 'Tippfehler' })).json();
    expect((await api().inject('DELETE', `/api/lost-reasons/${unused.id}`)).statusCode).toBe(204);
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    const opportunity = (
      await api().create({ name: 'Weg', organizationId: customer.id, stageId: stage?.id })
    ).json();
    await api().status(opportunity.id, { status: 'lost', version: 1, lostReasonIds: [created.id] });
    const refused = await api().inject('DELETE', `/api/lost-reasons/${created.id}`);
    expect(refused.statusCode).toBe(409);
    const off = await api().inject('PATCH', `/api/lost-reasons/${created.id}`, { version: 1, active: false });
    expect(off.json().active).toBe(false);
    const offered = (await api().inject('GET', '/api/lost-reasons?active=true')).json().items;
    expect(offered.map((r: { name: string }) => r.name)).not.toContain('Lieferzeit');
    const all = (await api().inject('GET', '/api/lost-reasons')).json().items;
    expect(all.map((r: { name: string }) => r.name)).toContain('Lieferzeit');
    // The opportunity keeps the reason it was lost for.
    const detail = (await api().inject('GET', `/api/opportunities/${opportunity.id}`)).json();
    expect(detail.lostReasons.map((r: { name: string }) => r.name)).toEqual(['Lieferzeit']);
  });
});
