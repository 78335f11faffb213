// `npm run bench -- activities`: timelines, the CRM overview, follow-ups and recording an entry
// over HTTP against a real Kontor server on 5 million generated entries, each next to the bare
// SQL the request issues, run on the same database from this process. See bench/README.md.
import os from 'node:os';
import path from 'node:path';
import { busiestOrganization } from '../generate/activity-data.ts';
import { runLoad } from '../load.ts';
import { startTarget, stopTarget } from '../processes.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { activityCases } from './activities/cases.ts';
import { activityServices, busiestColleague, ensureActivities, principalOf } from './activities/setup.ts';
import { prepareDatabase } from './master-data/database.ts';
import { formatSql } from './master-data/probe.ts';
import { freshIds, timeStatements } from './master-data/replay.ts';
import { printReport, type Row } from './master-data/report.ts';

export async function activitiesSuite(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
  const contactCount = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
  const { database, cleanup, reuse, probe, sizes } = await prepareDatabase(
    contactCount,
    Math.round(contactCount / 5),
  );
  await ensureActivities(probe, database, Number(sizes.contacts));

  const server = await startTarget<KontorTargetInfo>('kontor.ts', {
    ...process.env,
    ...(database.engine === 'sqlite'
      ? { BENCH_KONTOR_DATA_DIR: path.dirname(database.file) }
      : { BENCH_KONTOR_DATABASE_URL: database.url }),
  });
  const { port, token, engine, adminId } = server.info;
  const colleague = await busiestColleague(probe);
  const setting = {
    service: activityServices(probe, engine),
    admin: await principalOf(probe, adminId),
    colleague: { ...(await principalOf(probe, colleague.id)), name: colleague.name },
    ...(await pickRecords(probe)),
  };
  const tokens = { admin: token, colleague: colleague.token };

  const rows: Row[] = [];
  const plans: string[] = [];
  // Other work on the machine shows in every latency: the load average goes with the figures.
  const loadBefore = os.loadavg()[0] ?? 0;
  for (const c of activityCases(setting)) {
    const headers = { authorization: `Bearer ${tokens[c.as]}` };
    const options = c.body ? { method: 'POST' as const, body: c.body } : {};
    const captured = await probe.capture(c.capture);
    await runLoad({ port, path: c.path, headers, connections, durationMs: 500, ...options });
    const http = await runLoad({
      port,
      path: c.path,
      headers,
      connections,
      durationMs: seconds * 1000,
      ...options,
    });
    const main = c.main(captured);
    // The statement that matters first, alone; then the others in their order.
    const statements = c.whole ? captured : [main, ...captured.filter((s) => s !== main)];
    const known = new Set([adminId, setting.createLinks.contactId, setting.createLinks.organizationId]);
    const fresh = c.whole ? freshIds(statements, known) : new Set<string>();
    const timed = await timeStatements(probe, statements, http.requests, seconds * 4000, fresh);
    rows.push({
      label: c.label,
      engine,
      http,
      ...timed,
      ...(c.whole ? { sql: timed.all } : {}),
      goal: c.goal,
    });
    plans.push(`-- ${c.label} (${engine}), ${captured.length} statements${c.whole ? '' : ', the main one'}:`);
    if (c.whole) plans.push(...captured.map((s) => `   ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}`), '');
    else plans.push(formatSql(main), ...(await probe.plan(main)).map((line) => `   ${line}`), '');
  }
  await stopTarget(server);
  const counted = await probe.db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await probe.close();
  if (!reuse) await cleanup();

  printReport(rows, plans, sizes, seconds, connections);
  console.log(
    `\n${Number(counted.n).toLocaleString('en-GB')} activities; "${colleague.name}" has ${colleague.open.toLocaleString('en-GB')} open entries; ` +
      'SQL = the main statement alone (marked in the plans), all SQL = every statement of the request. ' +
      `Load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after.`,
  );
}

/** The organisation with 10,000 entries, a contact of an everyday entry, and where created entries go. */
async function pickRecords(probe: Awaited<ReturnType<typeof prepareDatabase>>['probe']) {
  const busy = await busiestOrganization(probe.db);
  const employed = await probe.db
    .selectFrom('contacts')
    .innerJoin('employments', 'employments.id', 'contacts.current_employment_id')
    .select(['contacts.id', 'employments.organization_id'])
    .limit(1)
    .executeTakeFirstOrThrow();
  // The person of the newest entry with one, but not the one past runs' creates piled up on.
  const contact = await probe.db
    .selectFrom('activity_links')
    .select('record_id')
    .where('record_type', '=', 'contact')
    .where('record_id', '!=', employed.id)
    .orderBy('activity_id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return {
    busyOrganizationId: busy.id,
    contactId: contact.record_id,
    createLinks: { contactId: employed.id, organizationId: employed.organization_id },
  };
}
