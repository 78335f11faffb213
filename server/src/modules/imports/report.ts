import { Readable } from 'node:stream';
import { IMPORT_FIELDS, type ImportType } from '@kontor/domain/imports/fields';
import { type RowError, rowErrorText } from '@kontor/domain/imports/messages';
import type { Language } from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { type ProblemCode, problemDetail } from '../../platform/http/messages.js';
import { csvCell } from '../../platform/lists/export-format.js';
import { ImportRepository } from './repository.js';

const HEADINGS = {
  row: { de: 'Zeile', en: 'Row' },
  message: { de: 'Fehler', en: 'Error' },
};

/**
 * The error report of a job as CSV for German Excel (UTF-8 BOM, semicolons, formulas defused):
 * the file row, the row's original cells under the file's headers, and what was wrong, in the
 * reader's language. Failures are read page by page, so a report of any size streams.
 */
export function errorReport(
  db: Kysely<Database>,
  job: { id: string; type: ImportType },
  headers: string[],
  language: Language,
): Readable {
  const line = (cells: string[]) => `${cells.map((cell) => csvCell(cell)).join(';')}\r\n`;
  async function* lines() {
    yield `\uFEFF${line([HEADINGS.row[language], ...headers, HEADINGS.message[language]])}`;
    const repository = new ImportRepository(db);
    let after = 0;
    for (;;) {
      const page = await repository.failures(job.id, after, 500);
      if (page.length === 0) return;
      yield page
        .map((failure) => {
          const cells = JSON.parse(failure.cells) as string[];
          const errors = JSON.parse(failure.errors) as RowError[];
          const padded = headers.map((_, i) => cells[i] ?? '');
          return line([
            String(failure.row_number),
            ...padded,
            errors.map((error) => describe(job.type, headers, error, language)).join(' | '),
          ]);
        })
        .join('');
      after = Number(page.at(-1)?.row_number);
    }
  }
  return Readable.from(lines());
}

/** "E-Mail (Spalte „Mail“): Keine gültige E-Mail-Adresse" */
function describe(type: ImportType, headers: string[], error: RowError, language: Language): string {
  const field = IMPORT_FIELDS[type].find((candidate) => candidate.key === error.field);
  const column = error.column === null ? undefined : headers[error.column];
  const name = field ? field.label[language] : error.field;
  const where =
    column && column !== name ? `${name} (${language === 'de' ? 'Spalte' : 'column'} „${column}“)` : name;
  const text =
    error.code === 'write-failed' && error.problem
      ? problemDetail(error.problem as ProblemCode, language)
      : rowErrorText(error, language);
  return where ? `${where}: ${text}` : text;
}
