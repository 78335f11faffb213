import type { RowError } from '@kontor/domain/imports/messages';
import type { ImportJob, ImportStatus } from '@kontor/domain/imports/schemas';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Database, ImportJobsTable, ImportUploadsTable } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;
export type UploadRow = Selectable<ImportUploadsTable>;
export type JobRow = Selectable<ImportJobsTable>;

/** The counts one batch adds to its job. */
export interface BatchCounts {
  read: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  lastRow: number;
}

export interface Failure {
  rowNumber: number;
  cells: string[];
  errors: RowError[];
}

export class ImportRepository {
  constructor(private readonly db: Db) {}

  insertUpload(row: UploadRow) {
    return this.db.insertInto('import_uploads').values(row).execute();
  }

  findUpload(id: string) {
    return this.db.selectFrom('import_uploads').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Uploads older than the cut-off, whose files may go. */
  staleUploads(before: string) {
    return this.db.selectFrom('import_uploads').select('id').where('created_at', '<', before).execute();
  }

  deleteUpload(id: string) {
    return this.db.deleteFrom('import_uploads').where('id', '=', id).execute();
  }

  insertJob(
    row: Omit<JobRow, 'rows_read' | 'created_count' | 'updated_count' | 'skipped_count' | 'failed_count'>,
  ) {
    return this.db.insertInto('import_jobs').values(row).execute();
  }

  findJob(id: string) {
    return this.db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The latest jobs, the user's own or (for administrators) everyone's. */
  listJobs(userId: string | null, limit = 20) {
    let query = this.db.selectFrom('import_jobs').selectAll().orderBy('created_at', 'desc').limit(limit);
    if (userId) query = query.where('user_id', '=', userId);
    return query.execute();
  }

  setStatus(
    id: string,
    status: ImportStatus,
    changes: Partial<Pick<JobRow, 'started_at' | 'finished_at' | 'error_code'>> = {},
  ) {
    return this.db
      .updateTable('import_jobs')
      .set({ status, ...changes })
      .where('id', '=', id)
      .execute();
  }

  /** Adds a batch's outcome; called in the batch's own transaction so counts and rows agree. */
  async addBatch(jobId: string, counts: BatchCounts, failures: Failure[]): Promise<void> {
    if (failures.length > 0) {
      await this.db
        .insertInto('import_failures')
        .values(
          failures.map((failure) => ({
            job_id: jobId,
            row_number: failure.rowNumber,
            cells: JSON.stringify(failure.cells),
            errors: JSON.stringify(failure.errors),
          })),
        )
        .execute();
    }
    await this.db
      .updateTable('import_jobs')
      .set({
        rows_read: sql`rows_read + ${counts.read}`,
        created_count: sql`created_count + ${counts.created}`,
        updated_count: sql`updated_count + ${counts.updated}`,
        skipped_count: sql`skipped_count + ${counts.skipped}`,
        failed_count: sql`failed_count + ${counts.failed}`,
        last_row: counts.lastRow,
      })
      .where('id', '=', jobId)
      .execute();
  }

  /** Failures of a job in row order, a page at a time after `afterRow`. */
  failures(jobId: string, afterRow: number, limit: number) {
    return this.db
      .selectFrom('import_failures')
      .select(['row_number', 'cells', 'errors'])
      .where('job_id', '=', jobId)
      .where('row_number', '>', afterRow)
      .orderBy('row_number')
      .limit(limit)
      .execute();
  }

  /** Jobs a stopped server left queued or running are marked failed, so none stays "running" for ever. */
  failInterrupted(now: string) {
    return this.db
      .updateTable('import_jobs')
      .set({ status: 'failed', error_code: 'import-interrupted', finished_at: now })
      .where('status', 'in', ['queued', 'running'])
      .execute();
  }
}

export function toJob(row: JobRow, error: string | null): ImportJob {
  return {
    id: row.id,
    type: row.record_type as ImportJob['type'],
    status: row.status as ImportStatus,
    fileName: row.file_name,
    dryRun: row.dry_run === 1,
    duplicatePolicy: row.duplicate_policy as ImportJob['duplicatePolicy'],
    mapping: JSON.parse(row.mapping) as (string | null)[],
    totalRows: Number(row.total_rows),
    rowsRead: Number(row.rows_read),
    created: Number(row.created_count),
    updated: Number(row.updated_count),
    skipped: Number(row.skipped_count),
    failed: Number(row.failed_count),
    lastRow: row.last_row === null ? null : Number(row.last_row),
    error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
