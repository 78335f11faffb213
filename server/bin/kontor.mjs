#!/usr/bin/env node
// The `kontor` command: runs the TypeScript CLI through tsx, so no build step is needed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/cli/main.ts')
);
process.exitCode = await runCli(process.argv.slice(2));
