// Reading the suites' json result files and printing the summary that ends
// every `npm test` run (see scripts/test.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';

function readJson(root, relativePath) {
  try {
    return JSON.parse(readFileSync(path.join(root, relativePath), 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from Vitest's json reporter; `counts: null` when the file is missing. */
export function readVitestResults(root, file) {
  const json = readJson(root, file);
  if (!json) return { counts: null, notes: [`no results in ${file}`] };
  // A test file that fails to import has no test results, only a failed file.
  const brokenFiles = (json.testResults ?? []).filter(
    (entry) => entry.status === 'failed' && (entry.assertionResults ?? []).length === 0,
  ).length;
  return {
    counts: {
      passed: json.numPassedTests ?? 0,
      failed: json.numFailedTests ?? 0,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    },
    notes: brokenFiles > 0 ? [`${brokenFiles} test file(s) failed to load`] : [],
  };
}

/** Counts from Playwright's json reporter; `counts: null` when the file is missing. */
export function readPlaywrightResults(root, file) {
  const json = readJson(root, file);
  if (!json?.stats) return { counts: null, notes: [`no results in ${file}`] };
  const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = json.stats;
  const notes = [];
  // Flaky tests passed on a retry: counted as passed, but worth seeing.
  if (flaky > 0) notes.push(`${flaky} flaky (passed on retry)`);
  if ((json.errors ?? []).length > 0) notes.push(`${json.errors.length} error(s) outside tests`);
  return { counts: { passed: expected + flaky, failed: unexpected, skipped }, notes };
}

/**
 * Decide pass/fail from exit code and results together; neither alone is
 * enough (a file that fails to load fails no test; a crash writes no file).
 * A failed suite shows at least one failure, so "0 failed" means success.
 */
export function judge(suite) {
  const counts = { ...(suite.counts ?? { passed: 0, failed: 0, skipped: 0 }) };
  const notes = [...suite.notes];
  if (suite.code !== 0) notes.push(`exit code ${suite.code}`);
  if (suite.counts && counts.passed + counts.failed === 0) notes.push('no tests ran');
  const ok = suite.code === 0 && suite.counts !== null && counts.passed + counts.failed > 0;
  if (!ok && counts.failed === 0) {
    counts.failed = 1;
    notes.push('counted as 1 failure');
  }
  return { name: suite.name, ok, counts, notes, durationMs: suite.durationMs };
}

function formatDuration(ms) {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** Per-suite lines, then the `tests:` line CI parses, which must come last. */
export function printSummary(results, durationMs) {
  for (const result of results) {
    const notes = result.notes.length > 0 ? ` (${result.notes.join('; ')})` : '';
    console.log(
      `${result.ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(11)} ${formatCounts(result.counts)}${notes}  ${formatDuration(result.durationMs)}`,
    );
  }
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { counts } of results) for (const key of Object.keys(total)) total[key] += counts[key];
  console.log(`total time ${formatDuration(durationMs)}`);
  // Must stay the very last line: CI parses it.
  console.log(`tests: ${formatCounts(total)}`);
}
