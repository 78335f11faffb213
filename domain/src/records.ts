import { z } from 'zod';

/**
 * The version an update is based on (optimistic locking: a stale one gets 409). Bounded to
 * what a 32-bit integer column holds on every engine.
 */
export const versionSchema = z.number().int().min(1).max(2_147_483_647);

/** A calendar date `YYYY-MM-DD` that exists (no 31.02.), as every date without time travels. */
export const calendarDateSchema = z.iso.date({ message: 'Kein gültiges Datum (JJJJ-MM-TT)' });
