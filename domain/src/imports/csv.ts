/** Characters a CSV file may separate its cells with, in the order ties are decided. */
export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A cell longer than this is not a CRM value but a broken file (e.g. an unclosed quote). */
export const MAX_CELL_LENGTH = 100_000;
/** More cells than this in one row is not a table a person mapped by hand. */
export const MAX_CELLS = 500;

export class CsvError extends Error {
  constructor(
    readonly code: 'unterminated-quote' | 'cell-too-long' | 'too-many-cells',
    /** The record (1 = header) where the problem starts. */
    readonly record: number,
  ) {
    super(code);
  }
}

/**
 * An incremental RFC 4180 reader: text goes in in chunks of any size (a quote or line break
 * may be split between chunks), complete records come out, so a file of any length is read
 * with memory bounded by one record. Quoted cells may hold delimiters, quotes ("") and line
 * breaks; a quote inside an unquoted cell is kept as text, as Excel does. Blank lines are skipped.
 */
export class CsvReader {
  private cell = '';
  private row: string[] = [];
  private quoted = false;
  /** Inside quotes, a quote was just read: either the closing one or the first of "". */
  private quotePending = false;
  /** A CR ended the last record; a directly following LF belongs to it. */
  private afterCr = false;
  private cellStarted = false;
  private records = 0;

  constructor(private readonly delimiter: string) {}

  /** Feeds a chunk; returns the records it completed. Throws CsvError on a broken file. */
  push(text: string): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (this.afterCr) {
        this.afterCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (ch === '"') {
            this.append('"');
            continue;
          }
          this.quoted = false;
          // falls through: the character after a closing quote is read as unquoted text
        } else if (ch === '"') {
          this.quotePending = true;
          continue;
        } else {
          this.append(ch);
          continue;
        }
      }
      if (ch === '"' && !this.cellStarted) {
        this.quoted = true;
        this.cellStarted = true;
      } else if (ch === this.delimiter) {
        this.endCell();
      } else if (ch === '\n' || ch === '\r') {
        this.afterCr = ch === '\r';
        this.endRecord(out);
      } else {
        this.append(ch);
      }
    }
    return out;
  }

  /** Ends the input; returns the last record if the text did not end with a line break. */
  end(): string[][] {
    if (this.quoted && !this.quotePending) throw new CsvError('unterminated-quote', this.records + 1);
    this.quoted = false;
    this.quotePending = false;
    const out: string[][] = [];
    this.endRecord(out);
    return out;
  }

  private append(ch: string): void {
    this.cellStarted = true;
    if (this.cell.length >= MAX_CELL_LENGTH) throw new CsvError('cell-too-long', this.records + 1);
    this.cell += ch;
  }

  private endCell(): void {
    if (this.row.length >= MAX_CELLS) throw new CsvError('too-many-cells', this.records + 1);
    this.row.push(this.cell);
    this.cell = '';
    this.cellStarted = false;
  }

  private endRecord(out: string[][]): void {
    if (this.row.length === 0 && !this.cellStarted) return;
    this.endCell();
    this.records++;
    out.push(this.row);
    this.row = [];
  }
}

/** Reads a whole text at once (previews, tests); throws CsvError like the reader. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const reader = new CsvReader(delimiter);
  return [...reader.push(text), ...reader.end()];
}

/**
 * The delimiter of a CSV text from its first lines: the candidate that splits the first
 * records into the most cells equally often. German Excel writes ';', most tools ','.
 */
export function detectDelimiter(sample: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ';', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = countCells(sample, delimiter);
    if (counts.length === 0) continue;
    const first = counts[0] as number;
    const consistent = counts.filter((count) => count === first).length / counts.length;
    const score = first > 1 ? first * consistent : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Cells per record of the first few complete records, quote-aware; a broken sample counts nothing. */
function countCells(sample: string, delimiter: string): number[] {
  try {
    const reader = new CsvReader(delimiter);
    // The sample's last record may be cut off, so it counts only when it is the only one.
    const records = reader.push(sample);
    return (records.length > 0 ? records : reader.end()).slice(0, 20).map((record) => record.length);
  } catch {
    return [];
  }
}
