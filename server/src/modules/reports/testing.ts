import type { DrillTarget, ReportResult } from '@kontor/domain/reports';
import { expect } from 'vitest';
import { type AdminAppContext, as, type BrowserSession, userWithRole } from '../../../test/harness.js';

/** The list API of each record type a report drills into. */
const LISTS: Record<string, string> = {
  lead: '/api/leads',
  opportunity: '/api/opportunities',
  quotation: '/api/quotations',
  order: '/api/orders',
};

/**
 * The calls of a report test: `get` as a session (the admin by default), `report` a result that
 * must answer 200, and `drilled` the records a figure's drill-down target lists (up to 200).
 */
export function reportCalls(env: AdminAppContext) {
  const get = (url: string, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'GET', url, headers: as(session) });
  const report = async (url: string, session?: BrowserSession): Promise<ReportResult> => {
    const response = await get(url, session);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const drilled = async <T = Record<string, unknown>>(target: DrillTarget): Promise<T[]> => {
    const query = Object.entries(target.filter)
      .map(([key, text]) => `filter[${key}]=${encodeURIComponent(text)}`)
      .join('&');
    const response = await get(`${LISTS[target.record]}?limit=200&${query}`);
    expect(response.statusCode, `${target.record} ${query}: ${response.body}`).toBe(200);
    return response.json().items;
  };
  return { get, report, drilled };
}

/** Each URL answers 400 with problem details that say what is wrong. */
export async function expectBadViews(
  get: ReturnType<typeof reportCalls>['get'],
  urls: readonly string[],
): Promise<void> {
  for (const url of urls) {
    const response = await get(url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
    expect(response.headers['content-type'], url).toContain('application/problem+json');
    expect(response.json().detail, url).toBeTruthy();
  }
}

/** A new user of the role `roleKey` after one read permission was taken from that role. */
export async function userWithout(
  env: AdminAppContext,
  permission: string,
  roleKey = 'service',
): Promise<BrowserSession> {
  const db = env.database.db;
  const role = await db
    .selectFrom('roles')
    .select('permissions')
    .where('key', '=', roleKey)
    .executeTakeFirstOrThrow();
  const permissions = (JSON.parse(role.permissions) as string[]).filter((p) => p !== permission);
  await db
    .updateTable('roles')
    .set({ permissions: JSON.stringify(permissions) })
    .where('key', '=', roleKey)
    .execute();
  return userWithRole(env.app, env.admin, roleKey);
}
