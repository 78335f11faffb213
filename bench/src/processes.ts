import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Started<T> {
  child: ChildProcess;
  info: T;
}

/** Forks a target script from `targets/` and waits for the first message it sends (its address). */
export function startTarget<T>(script: string, env: NodeJS.ProcessEnv = process.env): Promise<Started<T>> {
  const child = fork(path.join(import.meta.dirname, 'targets', script), {
    // BENCH_PROFILE_DIR: the target writes a V8 CPU profile there (open it in Chrome's DevTools).
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
        : []),
    ],
    stdio: 'inherit',
    env,
  });
  return new Promise((resolve, reject) => {
    child.once('message', (info) => resolve({ child, info: info as T }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** Disconnects a target and waits until it has cleaned up and exited. */
export function stopTarget(target: Started<unknown>): Promise<void> {
  return new Promise((resolve) => {
    if (target.child.exitCode !== null) return resolve();
    target.child.removeAllListeners('exit');
    target.child.once('exit', () => resolve());
    target.child.disconnect();
  });
}

/** Peak resident memory of a process (Linux VmHWM), in MiB. */
export function peakMemoryMiB(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
