import { v7 } from 'uuid';

/** New record id: UUIDv7, time-ordered so b-tree inserts stay local. */
export function newId(): string {
  return v7();
}

/** Current time as the UTC ISO string every timestamp column stores. */
export function nowIso(): string {
  return new Date().toISOString();
}
