import {
  allowedLeadStatuses,
  canSetLeadStatusByHand,
  type LeadFacts,
  type LeadRefusal,
} from '@kontor/domain/sales-status';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ProblemCode } from '../../platform/http/messages.js';
import { conflict } from '../../platform/http/problem.js';
import { leadRows } from '../sales-status/facts.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The S5 facts of leads by id, as the domain's guards take them (one statement per kind for all). */
export async function leadFacts(db: Db, ids: readonly string[]): Promise<Map<string, LeadFacts>> {
  return new Map((await leadRows(db, ids)).map((row) => [row.id, row]));
}

/** The status menu of one lead: each by-hand status with its verdict. */
export function statusMenu(facts: LeadFacts | undefined) {
  return facts ? allowedLeadStatuses(facts) : undefined;
}

/** Refuses (409, with the rule's own message) a by-hand status a derived rule overrides. */
export function assertStatusByHand(facts: LeadFacts, target: Parameters<typeof canSetLeadStatusByHand>[1]) {
  const verdict = canSetLeadStatusByHand(facts, target);
  if (!verdict.ok) throw conflict(REFUSALS[verdict.reason]);
}

const REFUSALS: Record<LeadRefusal, ProblemCode> = {
  'lead-has-opportunity': 'lead-has-opportunity',
  'derived-status-applies': 'lead-derived-status-applies',
  'status-derived': 'lead-status-derived',
};
