// What the activities suite measures: each request as a user makes it, how Kontor's own service
// answers it (for capturing its statements), and which of those statements is the one that
// matters (timed alone and explained).
import { createActivitySchema } from '@kontor/domain/activities';
import { listQuerySchema } from '@kontor/domain/fields';
import type { ActivityService } from '@kontor/server/src/modules/activities/service.ts';
import type { Principal } from '@kontor/server/src/platform/auth/principal.ts';
import type { Statement } from '../master-data/probe.ts';

export interface ActivityCase {
  label: string;
  /** Whose token: the admin (sees everything) or the colleague with the most open entries. */
  as: 'admin' | 'colleague';
  path: string;
  body?: () => string;
  capture: () => Promise<unknown>;
  /** The statement timed alone as "SQL" and explained; the rest run after it as "all SQL". */
  main: (statements: Statement[]) => Statement;
  /** Creates: the whole transaction is the bare SQL. */
  whole?: boolean;
  goal?: number;
}

export interface CaseSetting {
  service: ActivityService;
  admin: Principal;
  colleague: Principal & { name: string };
  /** The organisation with 10,000 entries, and a contact with a few. */
  busyOrganizationId: string;
  contactId: string;
  /** A contact and their employer for created entries. */
  createLinks: { contactId: string; organizationId: string };
}

const firstFrom = (table: string) => (statements: Statement[]) =>
  statements.find((s) => new RegExp(`^select .* from "${table}"`, 'is').test(s.sql.trim())) ??
  (statements[0] as Statement);
// The timeline's newest unpinned entries: the same statement as the pinned ones, its second
// parameter (pinned) 0 instead of 1; they run side by side, so their order in the log varies.
const newestLinked = (statements: Statement[]) =>
  statements.find((s) => s.sql.includes('max(l.occurred_at)') && s.parameters[1] === 0) ??
  (statements[0] as Statement);

export function activityCases(setting: CaseSetting): ActivityCase[] {
  const { service, admin, colleague } = setting;
  const list = (params: Record<string, string>, principal = admin) => {
    const search = new URLSearchParams(params).toString();
    return {
      path: `/api/activities${search ? `?${search}` : ''}`,
      capture: () => service.list(principal, listQuerySchema.parse(params), 'de'),
      main: firstFrom('activities'),
    };
  };
  // Dates a year back: neither the newest entries nor the oldest.
  const year = new Date().getUTCFullYear() - 1;
  const run = Date.now().toString(36);
  let serial = 0;
  const createBody = () => {
    serial++;
    return {
      type: 'call',
      direction: 'out',
      subject: `Prüfanruf ${run}-${serial}: Nachfassen Angebot`,
      body: '<p>Kunde hat das Angebot erhalten, <strong>Entscheidung</strong> nächste Woche.</p>',
      links: [
        { recordType: 'contact', recordId: setting.createLinks.contactId },
        { recordType: 'organization', recordId: setting.createLinks.organizationId },
      ],
    };
  };
  return [
    {
      label: 'timeline: organisation with 10,000 entries',
      as: 'admin',
      path: `/api/records/organization/${setting.busyOrganizationId}/timeline`,
      capture: () => service.timeline(admin, 'organization', setting.busyOrganizationId, 'de'),
      main: newestLinked,
      goal: 20,
    },
    {
      label: 'timeline: a contact',
      as: 'admin',
      path: `/api/records/contact/${setting.contactId}/timeline`,
      capture: () => service.timeline(admin, 'contact', setting.contactId, 'de'),
      main: newestLinked,
    },
    { label: 'overview: first page', as: 'admin', ...list({}) },
    {
      label: 'overview: type + date range',
      as: 'admin',
      ...list({ 'filter[type]': 'Besuchsbericht', 'filter[occurredAt]': `>=1.3.${year}&<1.6.${year}` }),
      goal: 30,
    },
    {
      label: 'overview: creator + type',
      as: 'admin',
      ...list({ 'filter[creatorName]': colleague.name, 'filter[type]': 'Präsentation' }),
      goal: 30,
    },
    {
      label: `overview: first page, ${colleague.visibility} visibility`,
      as: 'colleague',
      ...list({}, colleague),
    },
    {
      label: 'follow-ups: Meine Wiedervorlagen',
      as: 'colleague',
      path: '/api/follow-ups',
      capture: () => service.followUps(colleague, 'all', 'de'),
      main: firstFrom('activities'),
      goal: 20,
    },
    {
      label: 'create entry',
      as: 'admin',
      path: '/api/activities',
      body: () => JSON.stringify(createBody()),
      capture: () => service.create(admin, createActivitySchema.parse(createBody()), 'de'),
      main: (statements) => statements[0] as Statement,
      whole: true,
    },
  ];
}
