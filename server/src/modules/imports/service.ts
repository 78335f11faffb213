import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { IMPORT_FIELDS, type ImportType, suggestMapping } from '@kontor/domain/imports/fields';
import { convertRow } from '@kontor/domain/imports/rows';
import {
  checkMapping,
  type ImportJob,
  PREVIEW_ROWS,
  type StartImport,
  type Upload,
} from '@kontor/domain/imports/schemas';
import { hasPermission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { type ProblemCode, problemDetail } from '../../platform/http/messages.js';
import { AppError, forbidden, notFound } from '../../platform/http/problem.js';
import type { ContactService } from '../contacts/service.js';
import type { OrganizationService } from '../organizations/service.js';
import { errorReport } from './report.js';
import { ImportRepository, type JobRow, toJob, type UploadRow } from './repository.js';
import { ImportRunner } from './runner.js';
import { UploadStorage } from './storage.js';
import { detectFormat, readTable, type TableFormat, type TableRow } from './table-reader.js';

/** Uploaded files are kept this long, for a real run after a dry run or a second try. */
const UPLOAD_DAYS = 7;

/** Import of organisations and contacts from CSV and XLSX (M5): upload, mapping, jobs, error reports. */
export class ImportService {
  private readonly storage: UploadStorage;
  readonly runner: ImportRunner;

  constructor(
    private readonly db: Kysely<Database>,
    dataDir: string,
    services: { organizations: OrganizationService; contacts: ContactService },
    log: FastifyBaseLogger,
  ) {
    this.storage = new UploadStorage(dataDir);
    this.runner = new ImportRunner(db, services, log);
  }

  /** After a restart: jobs that were running are failed with a clear message; old uploads go. */
  async recover(): Promise<void> {
    const repository = new ImportRepository(this.db);
    await repository.failInterrupted(nowIso());
    const cutoff = new Date(Date.now() - UPLOAD_DAYS * 86_400_000).toISOString();
    for (const upload of await repository.staleUploads(cutoff)) {
      await this.storage.remove(upload.id);
      await repository.deleteUpload(upload.id);
    }
  }

  /** Stores an upload, tells its format, reads its header and first rows, suggests a mapping. */
  async upload(principal: Principal, type: ImportType, fileName: string, body: Readable): Promise<Upload> {
    requireWrite(principal, type);
    const id = randomUUID();
    const size = await this.storage.save(id, body);
    try {
      const format = detectFormat(await this.storage.head(id));
      const [header, ...sample] = await this.firstRows(this.storage.pathOf(id), format);
      if (!header || sample.length === 0) throw new AppError(400, 'import-empty-file');
      const headers = header.cells.map((cell) => cell.trim());
      const rows = await this.countRows(this.storage.pathOf(id), format);
      await new ImportRepository(this.db).insertUpload({
        id,
        user_id: principal.userId,
        record_type: type,
        file_name: fileName,
        format: format.format,
        encoding: format.encoding,
        delimiter: format.delimiter,
        size_bytes: size,
        row_count: rows,
        headers: JSON.stringify(headers),
        created_at: nowIso(),
      });
      const mapping = suggestMapping(type, headers);
      return {
        uploadId: id,
        type,
        fileName,
        ...format,
        headers,
        rows,
        mapping,
        sampleRows: sample,
        preview: sample.map((row) => {
          const converted = convertRow(type, mapping, row.cells);
          return { rowNumber: row.rowNumber, record: converted.input, errors: converted.errors };
        }),
      };
    } catch (error) {
      await this.storage.remove(id);
      throw error;
    }
  }

  /** Starts a run (or dry run) of an upload with the chosen mapping; the job runs in the background. */
  async start(principal: Principal, request: StartImport): Promise<ImportJob> {
    const upload = await this.ownUpload(principal, request.uploadId);
    const type = upload.record_type as ImportType;
    requireWrite(principal, type);
    const headers = JSON.parse(upload.headers) as string[];
    if (request.mapping.length !== headers.length)
      throw new AppError(400, 'import-mapping-columns', { params: { count: headers.length } });
    const problems = checkMapping(type, request.mapping);
    if (problems.length > 0) {
      const first = problems[0] as (typeof problems)[number];
      throw new AppError(400, first.code, {
        params: first.column === null ? { field: fieldLabel(type, first.field, principal.language) } : {},
        fields: problems.map((p) => ({
          path: p.column === null ? 'mapping' : `mapping.${p.column}`,
          code: p.code,
        })),
      });
    }
    const id = newId();
    await new ImportRepository(this.db).insertJob({
      id,
      upload_id: upload.id,
      user_id: principal.userId,
      record_type: type,
      file_name: upload.file_name,
      status: 'queued',
      dry_run: Number(request.dryRun),
      duplicate_policy: request.duplicatePolicy,
      mapping: JSON.stringify(request.mapping),
      total_rows: Number(upload.row_count),
      last_row: null,
      error_code: null,
      created_at: nowIso(),
      started_at: null,
      finished_at: null,
    });
    this.runner.start({
      jobId: id,
      principal,
      file: this.storage.pathOf(upload.id),
      format: formatOf(upload),
      type,
      mapping: request.mapping,
      dryRun: request.dryRun,
      policy: request.duplicatePolicy,
    });
    return this.get(principal, id, principal.language);
  }

  async get(principal: Principal, id: string, language: Language): Promise<ImportJob> {
    return present(await this.visibleJob(principal, id), language);
  }

  async list(principal: Principal, language: Language): Promise<ImportJob[]> {
    const rows = await new ImportRepository(this.db).listJobs(isAdmin(principal) ? null : principal.userId);
    return rows.map((row) => present(row, language));
  }

  async cancel(principal: Principal, id: string, language: Language): Promise<ImportJob> {
    const job = await this.visibleJob(principal, id);
    if (job.status !== 'queued' && job.status !== 'running') throw new AppError(409, 'import-finished');
    this.runner.cancel(id);
    return this.get(principal, id, language);
  }

  async report(
    principal: Principal,
    id: string,
    language: Language,
  ): Promise<{ fileName: string; body: Readable }> {
    const job = await this.visibleJob(principal, id);
    const upload = await new ImportRepository(this.db).findUpload(job.upload_id);
    const headers = upload ? (JSON.parse(upload.headers) as string[]) : [];
    const base = job.file_name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
    return {
      fileName: `${base}-${language === 'de' ? 'fehler' : 'errors'}.csv`,
      body: errorReport(this.db, { id: job.id, type: job.record_type as ImportType }, headers, language),
    };
  }

  private async firstRows(file: string, format: TableFormat): Promise<TableRow[]> {
    const rows: TableRow[] = [];
    for await (const row of readTable(file, format)) {
      if (rows.length > 0 && row.cells.every((cell) => cell.trim() === '')) continue;
      rows.push(row);
      if (rows.length > PREVIEW_ROWS) break;
    }
    return rows;
  }

  /** Reads the whole file once: the progress bar needs the total, and a broken file is refused now. */
  private async countRows(file: string, format: TableFormat): Promise<number> {
    let rows = 0;
    for await (const row of readTable(file, format)) {
      if (row.cells.some((cell) => cell.trim() !== '')) rows++;
    }
    return Math.max(0, rows - 1);
  }

  private async ownUpload(principal: Principal, id: string): Promise<UploadRow> {
    const upload = await new ImportRepository(this.db).findUpload(id);
    if (!upload || upload.user_id !== principal.userId) throw notFound('import-upload-not-found');
    return upload;
  }

  /** A job its owner sees, and administrators; to anyone else it does not exist. */
  private async visibleJob(principal: Principal, id: string): Promise<JobRow> {
    const job = await new ImportRepository(this.db).findJob(id);
    if (!job || (job.user_id !== principal.userId && !isAdmin(principal))) throw notFound('import-not-found');
    return job;
  }
}

function requireWrite(principal: Principal, type: ImportType): void {
  const permission = type === 'contact' ? 'contacts.write' : 'organizations.write';
  if (!hasPermission(principal.permissions, permission)) throw forbidden();
}

const isAdmin = (principal: Principal) => principal.role === 'admin';

function fieldLabel(type: ImportType, key: string, language: Language): string {
  return IMPORT_FIELDS[type].find((field) => field.key === key)?.label[language] ?? key;
}

function formatOf(upload: UploadRow): TableFormat {
  return {
    format: upload.format as TableFormat['format'],
    encoding: upload.encoding as TableFormat['encoding'],
    delimiter: upload.delimiter,
  };
}

function present(row: JobRow, language: Language): ImportJob {
  const params = { row: (row.last_row === null ? 1 : Number(row.last_row)) + 1 };
  return toJob(row, row.error_code ? problemDetail(row.error_code as ProblemCode, language, params) : null);
}
