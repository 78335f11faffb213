import { describe, expect, it } from 'vitest';
import { fileNameProblem } from './documents.js';

describe('fileNameProblem', () => {
  it.each([
    ['Angebot 2025.pdf', null],
    ['Übersicht (final).xlsx', null],
    ['.bashrc', null],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a/b.txt', 'path'],
    ['a\\b.txt', 'path'],
    ['..', 'path'],
    ['.', 'path'],
    ['x..pdf', 'path'],
    ['zeile\numbruch.txt', 'control'],
    ['del\u007f.txt', 'control'],
    ['c1\u0085.txt', 'control'],
    ['bidi\u2066.txt', 'control'],
    ['a'.repeat(255), null],
    ['a'.repeat(256), 'too-long'],
    ['€'.repeat(86), 'too-long'],
  ])('%j → %s', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});
