import type { Mapping } from '@kontor/domain/imports/fields';
import type { RowError } from '@kontor/domain/imports/messages';
import { convertRow } from '@kontor/domain/imports/rows';
import type { DuplicatePolicy } from '@kontor/domain/imports/schemas';
import type { FastifyBaseLogger } from 'fastify';
import type { ControlledTransaction, Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/http/problem.js';
import type { ContactService } from '../contacts/service.js';
import type { OrganizationService } from '../organizations/service.js';
import { type BatchCounts, type Failure, ImportRepository } from './repository.js';
import { RowFailure, RowWriter } from './row-writer.js';
import { readTable, type TableFormat, type TableRow } from './table-reader.js';

/** Rows per transaction: large enough for speed, small enough that other requests wait little. */
export const BATCH_SIZE = 200;

export interface RunRequest {
  jobId: string;
  principal: Principal;
  file: string;
  format: TableFormat;
  type: 'organization' | 'contact';
  mapping: Mapping;
  dryRun: boolean;
  policy: DuplicatePolicy;
}

interface Running {
  cancelled: boolean;
  done: Promise<void>;
}

/**
 * Runs import jobs in this process, one stream each: rows are read as the file streams in and
 * written in batches, each batch one transaction that also records its counts and failures,
 * so a job's counts always say exactly what is committed. Cancelling stops after the current
 * batch; a dry run rolls every batch back and reports the same.
 */
export class ImportRunner {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly services: { organizations: OrganizationService; contacts: ContactService },
    private readonly log: FastifyBaseLogger,
  ) {}

  start(request: RunRequest): void {
    const state: Running = { cancelled: false, done: Promise.resolve() };
    state.done = this.run(request, state)
      .catch((error: unknown) => this.log.error({ err: error, job: request.jobId }, 'import failed'))
      .finally(() => this.running.delete(request.jobId));
    this.running.set(request.jobId, state);
  }

  /** Asks a running job to stop after its current batch; false when it runs elsewhere or no more. */
  cancel(jobId: string): boolean {
    const state = this.running.get(jobId);
    if (state) state.cancelled = true;
    return state !== undefined;
  }

  /** Waits for a job to end (tests, shutdown). */
  async settled(jobId: string): Promise<void> {
    await this.running.get(jobId)?.done;
  }

  /** Stops every job after its current batch; on the next start they are marked interrupted. */
  async stop(): Promise<void> {
    for (const state of this.running.values()) state.cancelled = true;
    await Promise.all([...this.running.values()].map((state) => state.done));
  }

  private async run(request: RunRequest, state: Running): Promise<void> {
    const jobs = new ImportRepository(this.db);
    await jobs.setStatus(request.jobId, 'running', { started_at: nowIso() });
    const writer = await RowWriter.create(this.db, this.services, request.principal, {
      type: request.type,
      mapping: request.mapping,
      policy: request.policy,
    });
    let batch: TableRow[] = [];
    let lastRow = 1;
    const flush = async () => {
      if (batch.length === 0) return;
      await this.writeBatch(request, writer, batch);
      lastRow = (batch.at(-1) as TableRow).rowNumber;
      batch = [];
    };
    try {
      let header = true;
      for await (const row of readTable(request.file, request.format)) {
        if (header) {
          header = false;
          continue;
        }
        if (row.cells.every((cell) => cell.trim() === '')) continue;
        batch.push(row);
        if (batch.length < BATCH_SIZE) continue;
        await flush();
        if (state.cancelled) break;
        // Lets waiting requests (progress polls, other users) in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!state.cancelled) await flush();
      const status = state.cancelled ? 'cancelled' : 'done';
      await jobs.setStatus(request.jobId, status, { finished_at: nowIso() });
    } catch (error) {
      // Rows read before a broken spot in the file are still imported; the job says where it broke.
      if (error instanceof AppError && error.code === 'import-file-broken') await flush().catch(() => {});
      const code = error instanceof AppError && error.status < 500 ? error.code : 'import-failed';
      await jobs.setStatus(request.jobId, 'failed', { finished_at: nowIso(), error_code: code });
      if (code === 'import-failed') throw error;
      this.log.info({ job: request.jobId, code, lastRow }, 'import stopped');
    }
  }

  /**
   * One batch in one transaction. Each row gets a savepoint, so a row the services refuse
   * (e.g. a VAT id another check rejects) is rolled back alone and reported; an unexpected
   * error rolls back the whole batch and fails the job, leaving no half-written rows.
   */
  private async writeBatch(request: RunRequest, writer: RowWriter, rows: TableRow[]): Promise<void> {
    const counts: BatchCounts = {
      read: rows.length,
      created: 0,
      updated: 0,
      skipped: 0,
      failed: 0,
      lastRow: 0,
    };
    let failures: Failure[] = [];
    const trx = await this.db.startTransaction().execute();
    writer.startBatch();
    try {
      const atOnce = request.type === 'contact' && request.policy === 'create';
      if (
        !atOnce ||
        !(await this.createContactsAtOnce(trx, request.principal, writer, rows, counts, failures))
      ) {
        Object.assign(counts, { created: 0, updated: 0, skipped: 0, failed: 0 });
        failures = [];
        for (const row of rows) {
          counts.lastRow = row.rowNumber;
          const converted = convertRow(request.type, request.mapping, row.cells);
          const outcome = await this.writeRow(trx, writer, converted, row);
          if (Array.isArray(outcome)) {
            counts.failed++;
            failures.push({ rowNumber: row.rowNumber, cells: row.cells, errors: outcome });
          } else counts[outcome]++;
        }
      }
      if (request.dryRun) {
        await trx.rollback().execute();
        await this.db
          .transaction()
          .execute((t) => new ImportRepository(t).addBatch(request.jobId, counts, failures));
      } else {
        await new ImportRepository(trx).addBatch(request.jobId, counts, failures);
        await trx.commit().execute();
      }
    } catch (error) {
      if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
      throw error;
    }
  }

  /**
   * New contacts without a duplicate check (policy "create") are written with a few statements
   * per batch instead of some twenty per row. Rows wrong in themselves are reported as always;
   * if the services refuse the rest together, nothing of it stays and false sends the batch
   * down the row-by-row path, which names the refused row.
   */
  private async createContactsAtOnce(
    trx: ControlledTransaction<Database>,
    principal: Principal,
    writer: RowWriter,
    rows: TableRow[],
    counts: BatchCounts,
    failures: Failure[],
  ): Promise<boolean> {
    const converted = rows.map((row) => convertRow('contact', writer.mapping, row.cells));
    const inner = await trx.savepoint('import_batch').execute();
    try {
      await writer.prepareOrganizations(inner, converted);
      const inputs = [];
      for (const [index, row] of rows.entries()) {
        counts.lastRow = row.rowNumber;
        const contact = converted[index] as ReturnType<typeof convertRow>;
        try {
          if (contact.errors.length > 0) throw new RowFailure(contact.errors);
          inputs.push(await writer.contactInput(inner, contact));
        } catch (error) {
          if (!(error instanceof RowFailure)) throw error;
          counts.failed++;
          failures.push({ rowNumber: row.rowNumber, cells: row.cells, errors: error.errors });
        }
      }
      await this.services.contacts.createMany(principal, inputs, inner);
      await inner.releaseSavepoint('import_batch').execute();
      counts.created += inputs.length;
      return true;
    } catch {
      await inner.rollbackToSavepoint('import_batch').execute();
      // The organisations made for this batch went with it.
      writer.startBatch();
      return false;
    }
  }

  private async writeRow(
    trx: ControlledTransaction<Database>,
    writer: RowWriter,
    converted: ReturnType<typeof convertRow>,
    row: TableRow,
  ): Promise<'created' | 'updated' | 'skipped' | RowError[]> {
    if (converted.errors.length > 0) return converted.errors;
    const inner = await trx.savepoint('import_row').execute();
    try {
      const outcome = await writer.write(inner, converted, row.cells);
      await inner.releaseSavepoint('import_row').execute();
      return outcome;
    } catch (error) {
      if (!(error instanceof RowFailure) && !(error instanceof AppError)) throw error;
      await inner.rollbackToSavepoint('import_row').execute();
      if (error instanceof RowFailure) return error.errors;
      const path = error.options.fields?.[0]?.path ?? '';
      return [{ column: null, field: path, code: 'write-failed', problem: error.code }];
    }
  }
}
