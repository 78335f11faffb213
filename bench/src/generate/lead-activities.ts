// The calls and e-mails of a lead, as sales people record them on its timeline: most leads get
// a first answer (an outgoing call or e-mail) after hours to days — the response delay of R4 —
// some write or call back, and some are followed up again. Entries go through activity-rows.ts
// like every other generated entry; only their type, direction and link are chosen here.
import type { EntryPlan } from './activity-rows.ts';
import type { Random } from './random.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The lead's entries, none in the future; one lead in seven was never answered. */
export function leadEntries(random: Random, lead: { id: string; created: number }, now: number): EntryPlan[] {
  const plans: EntryPlan[] = [];
  const entry = (at: number, type: 'call' | 'email', direction: 'in' | 'out') => {
    if (at < now)
      plans.push({
        occurredAt: at,
        links: [{ recordType: 'lead', recordId: lead.id }],
        pinned: false,
        kind: { type, direction },
      });
  };
  if (!random.chance(6 / 7)) return plans;
  // Mostly within a working day, a long tail up to two weeks.
  let at = lead.created + (0.25 + random.next() ** 3 * 14 * 24) * HOUR;
  entry(at, random.chance(0.6) ? 'email' : 'call', 'out');
  if (random.chance(0.45)) {
    at += random.int(2, 96) * HOUR;
    entry(at, random.chance(0.7) ? 'email' : 'call', 'in');
  }
  for (let more = random.int(0, 2); more > 0; more--) {
    at += random.int(1, 20) * DAY;
    entry(at, random.chance(0.5) ? 'email' : 'call', 'out');
  }
  return plans;
}
