// `npm run bench -- quotation-pdf`: renders a 100-line quotation (some long descriptions that
// wrap, two VAT rates, discounts) with Kontor's PDF renderer in this process, one after the
// other, and prints the render time per PDF (p50/p95/p99; goal p95 ≤ 300 ms), its size and pages,
// and the process's memory: resident and heap before, after, and the peak. BENCH_PDF_RUNS
// (default 200) and BENCH_PDF_LINES (default 100) change the workload.
import { renderSalesDocumentPdf } from '@kontor/server/src/modules/sales-documents/pdf/render.ts';
import { manyLines, sampleQuotation } from '@kontor/server/src/modules/sales-documents/pdf/testing.ts';
import { percentile } from '../stats.ts';

const WARM_UP_RUNS = 10;

export async function quotationPdfSuite(): Promise<void> {
  const runs = Number(process.env.BENCH_PDF_RUNS ?? 200);
  const lineCount = Number(process.env.BENCH_PDF_LINES ?? 100);
  const quotation = sampleQuotation({ lines: manyLines(lineCount) });
  const mib = (bytes: number) => bytes / 1024 / 1024;

  // The first renders load fonts and compile the hot paths; they are not what a user waits for.
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await renderSalesDocumentPdf(quotation);
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const latencies: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const pdf = await renderSalesDocumentPdf(quotation);
    latencies.push(performance.now() - started);
    size = pdf.length;
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  }
  const after = process.memoryUsage();
  const sorted = [...latencies].sort((a, b) => a - b);
  const pages = (await renderSalesDocumentPdf(quotation))
    .toString('latin1')
    .match(/\/Type \/Page\b/g)?.length;

  const fmt = (n: number, digits = 1) =>
    n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  console.log(
    `\n${runs} renders of a ${lineCount}-line quotation after ${WARM_UP_RUNS} warm-up renders, Node ${process.version}, ${process.platform}/${process.arch}\n`,
  );
  console.log('| p50 ms | p95 ms | p99 ms | max ms | PDF KiB | pages |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${fmt(percentile(sorted, 0.5))} | ${fmt(percentile(sorted, 0.95))} | ${fmt(percentile(sorted, 0.99))} | ${fmt(sorted.at(-1) ?? Number.NaN)} | ${fmt(size / 1024)} | ${pages ?? '?'} |`,
  );
  console.log('\n| memory MiB | before | after | peak |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| resident (RSS) | ${fmt(mib(before.rss))} | ${fmt(mib(after.rss))} | ${fmt(mib(peakRss))} |`);
  console.log(
    `| heap used | ${fmt(mib(before.heapUsed))} | ${fmt(mib(after.heapUsed))} | ${fmt(mib(peakHeap))} |`,
  );
  console.log(`\ngoal p95 ≤ 300 ms: ${percentile(sorted, 0.95) <= 300 ? 'met' : 'MISSED'}`);
}
