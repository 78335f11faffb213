import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

// The product and campaign lists (M6, M8) have saved views like every other record list.
describe('saved views of products and campaigns', () => {
  const env = freshAdminAppPerTest();

  it('saves a view of the product list and of the campaign list, checked against their fields', async () => {
    const product = await env.app.inject({
      method: 'POST',
      url: '/api/views',
      headers: as(env.admin),
      payload: { recordType: 'product', name: 'Pumpen', state: { filters: { categoryName: 'Pumpen' } } },
    });
    expect(product.statusCode, product.body).toBe(201);
    const campaign = await env.app.inject({
      method: 'POST',
      url: '/api/views',
      headers: as(env.admin),
      payload: { recordType: 'campaign', name: 'Messen', state: { filters: { channel: 'Messe' } } },
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    const unknownField = await env.app.inject({
      method: 'POST',
      url: '/api/views',
      headers: as(env.admin),
      payload: { recordType: 'product', name: 'X', state: { filters: { city: 'Berlin' } } },
    });
    expect(unknownField.statusCode).toBe(400);

    const list = await env.app.inject({ url: '/api/views?recordType=product', headers: as(env.admin) });
    expect(list.json().items.map((view: { name: string }) => view.name)).toEqual(['Pumpen']);
  });

  it('lets a role that reads campaigns use their views', async () => {
    const service = await userWithRole(env.app, env.admin, 'service');
    const list = await env.app.inject({ url: '/api/views?recordType=campaign', headers: as(service) });
    expect(list.statusCode).toBe(200);
  });
});
