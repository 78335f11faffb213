// `npm run bench -- import`: uploads a generated 100,000-row contact CSV to a real Kontor server
// (fresh database, SQLite or DATABASE_URL's PostgreSQL) and runs the import, polling the job
// twice a second as the web app does. Prints rows/s and the server's resident memory along the
// way, which must stay flat (the file is streamed, never held whole). BENCH_IMPORT_ROWS changes
// the row count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { peakMemoryMiB, startTarget, stopTarget } from '../processes.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { writeImportFile } from './import-file.ts';

interface Job {
  id: string;
  status: string;
  totalRows: number;
  rowsRead: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

function residentMiB(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

export async function importSuite(): Promise<void> {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-bench-import-'));
  const file = path.join(dir, 'kontakte.csv');
  const bad = await writeImportFile(file, rows);
  const sizeMiB = fs.statSync(file).size / 1024 / 1024;
  const kontor = await startTarget<KontorTargetInfo>('kontor.ts');
  const pid = kontor.child.pid;
  const base = `http://127.0.0.1:${kontor.info.port}`;
  const headers = { authorization: `Bearer ${kontor.info.token}` };
  try {
    const rssBefore = residentMiB(pid);
    const uploadStart = performance.now();
    const uploaded = await fetch(`${base}/api/imports/uploads?type=contact&fileName=kontakte.csv`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: fs.createReadStream(file) as unknown as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
    const upload = (await uploaded.json()) as { uploadId: string; mapping: (string | null)[] };
    const uploadMs = performance.now() - uploadStart;
    const started = await fetch(`${base}/api/imports`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ uploadId: upload.uploadId, mapping: upload.mapping, duplicatePolicy: 'create' }),
    });
    if (started.status !== 202) throw new Error(`start: ${started.status} ${await started.text()}`);
    const { id } = (await started.json()) as Job;
    const samples: [number, number][] = [];
    let job: Job;
    // A line per tenth of the rows: the rate of that stretch shows whether writing slows as tables grow.
    console.log('| rows read | s since start | rows/s in this stretch | RSS MiB |');
    console.log('| ---: | ---: | ---: | ---: |');
    const importStart = performance.now();
    let last = { rows: 0, at: importStart };
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await (await fetch(`${base}/api/imports/${id}`, { headers })).json()) as Job;
      samples.push([job.rowsRead, residentMiB(pid)]);
      const ended = job.status !== 'queued' && job.status !== 'running';
      if (job.rowsRead - last.rows >= rows / 10 || (ended && job.rowsRead > last.rows)) {
        const now = performance.now();
        const rate = ((job.rowsRead - last.rows) / (now - last.at)) * 1000;
        console.log(
          `| ${job.rowsRead} | ${((now - importStart) / 1000).toFixed(1)} | ${rate.toFixed(0)} | ${residentMiB(pid).toFixed(0)} |`,
        );
        last = { rows: job.rowsRead, at: now };
      }
      if (ended) break;
    }
    const seconds = (Date.parse(String(job.finishedAt)) - Date.parse(String(job.startedAt))) / 1000;
    const at = (share: number) => samples.find(([read]) => read >= rows * share)?.[1] ?? Number.NaN;
    const fmt = (n: number, digits = 0) =>
      n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    console.log(
      `\n${fmt(rows)} contact rows (${fmt(sizeMiB, 1)} MiB CSV, ${fmt(bad)} bad), ${kontor.info.engine}, Node ${process.version}\n`,
    );
    console.log(
      '| engine | status | created | failed | upload+count s | import s | rows/s | RSS before MiB | RSS at 10% / 50% / 90% MiB | peak RSS MiB |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
    console.log(
      `| ${kontor.info.engine} | ${job.status} | ${fmt(job.created)} | ${fmt(job.failed)} | ${fmt(uploadMs / 1000, 1)} | ${fmt(seconds, 1)} | ${fmt(job.rowsRead / seconds)} | ${fmt(rssBefore)} | ${fmt(at(0.1))} / ${fmt(at(0.5))} / ${fmt(at(0.9))} | ${fmt(peakMemoryMiB(pid))} |`,
    );
    if (job.error) console.log(`job error: ${job.error}`);
  } finally {
    await stopTarget(kontor);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
