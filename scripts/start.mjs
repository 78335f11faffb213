#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or older than its sources,
// then runs the server (TypeScript through tsx), which migrates the database and serves.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    if (full.includes(`${path.sep}node_modules${path.sep}`) || full.includes(`${path.sep}dist${path.sep}`))
      continue;
    newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function webBuildIsCurrent() {
  const index = path.join(root, 'web/dist/index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  const sources = [path.join(root, 'web/src'), path.join(root, 'domain/src')];
  const configs = ['web/index.html', 'web/vite.config.ts', 'web/package.json'].map((f) => path.join(root, f));
  const newest = Math.max(
    ...sources.filter(fs.existsSync).map(newestMtime),
    ...configs.filter(fs.existsSync).map((f) => fs.statSync(f).mtimeMs),
  );
  return built >= newest;
}

if (!webBuildIsCurrent()) {
  console.log('Kontor: Weboberfläche wird gebaut …');
  execFileSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' });
}

const { register } = await import('tsx/esm/api');
register();
const { main } = await import(path.join(root, 'server/src/main.ts'));
await main();
