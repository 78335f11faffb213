import { describe, expect, it } from 'vitest';
import type { FilterAst } from './ast.js';
import type { FilterError } from './errors.js';
import { parseFilter } from './parse.js';

function parsed(input: string): FilterAst {
  const result = parseFilter(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function failure(input: string): FilterError {
  const result = parseFilter(input);
  if (result.ok) throw new Error(`expected ${input} to fail`);
  expect(result.errors).toHaveLength(1);
  return result.errors[0] as FilterError;
}

/** The tree without spans, written compactly so expectations read like the filter. */
function shape(ast: FilterAst): unknown {
  if (ast.kind !== 'term') return { [ast.kind]: ast.terms.map(shape) };
  return `${ast.negated ? '!' : ''}${ast.operator ?? ''}${ast.quoted ? JSON.stringify(ast.value) : ast.value}`;
}

describe('parseFilter: structure', () => {
  it('reads a single bare term', () => {
    expect(parsed('Müller')).toEqual({
      kind: 'term',
      negated: false,
      operator: null,
      value: 'Müller',
      quoted: false,
      span: { start: 0, end: 6 },
      valueSpan: { start: 0, end: 6 },
    });
  });

  it('joins with & and |, & binding tighter', () => {
    expect(shape(parsed('a|b&c'))).toEqual({ or: ['a', { and: ['b', 'c'] }] });
    expect(shape(parsed('a&b|c'))).toEqual({ or: [{ and: ['a', 'b'] }, 'c'] });
    expect(shape(parsed('a&b&c'))).toEqual({ and: ['a', 'b', 'c'] });
  });

  it('groups with parentheses', () => {
    expect(shape(parsed('(a|b)&c'))).toEqual({ and: [{ or: ['a', 'b'] }, 'c'] });
    expect(shape(parsed('((a))'))).toBe('a');
    const group = parsed(' (a|b) &c');
    expect(group.kind === 'and' && group.terms[0]?.span).toEqual({ start: 1, end: 6 });
  });

  it('ignores whitespace around operators and terms but keeps it inside values', () => {
    expect(shape(parsed('  Bad Homburg  |  >= 5 '))).toEqual({ or: ['Bad Homburg', '>=5'] });
    const term = parsed('  Bad Homburg  ');
    expect(term.span).toEqual({ start: 2, end: 13 });
  });

  it('reads every operator and negation', () => {
    for (const op of ['=', '!=', '<', '<=', '>', '>=']) {
      expect(parsed(`${op}5`)).toMatchObject({ operator: op, value: '5', negated: false });
    }
    expect(parsed('!Verloren')).toMatchObject({ negated: true, operator: null, value: 'Verloren' });
    expect(parsed('!<5')).toMatchObject({ negated: true, operator: '<', value: '5' });
    expect(parsed('! =5')).toMatchObject({ negated: true, operator: '=', value: '5' });
    expect(parsed('!!=5')).toMatchObject({ negated: true, operator: '!=', value: '5' });
  });

  it('reads empty values: = is empty, != and ! are not empty', () => {
    expect(parsed('=')).toMatchObject({
      operator: '=',
      value: '',
      quoted: false,
      span: { start: 0, end: 1 },
    });
    expect(parsed('!=')).toMatchObject({ operator: '!=', value: '', negated: false });
    expect(parsed(' ! ')).toMatchObject({
      operator: null,
      value: '',
      negated: true,
      span: { start: 1, end: 2 },
    });
    expect(shape(parsed('=|a'))).toEqual({ or: ['=', 'a'] });
  });

  it('makes quoted values literal, with \\" and \\\\ as escapes', () => {
    expect(parsed('"A&B GmbH"')).toMatchObject({
      value: 'A&B GmbH',
      quoted: true,
      valueSpan: { start: 0, end: 10 },
    });
    expect(parsed('""')).toMatchObject({ value: '', quoted: true });
    expect(parsed('"say \\"hi\\""')).toMatchObject({ value: 'say "hi"' });
    expect(parsed('"a\\\\"')).toMatchObject({ value: 'a\\' });
    expect(parsed('"(*)!<>=|"')).toMatchObject({ value: '(*)!<>=|' });
    expect(parsed('"C:\\temp"')).toMatchObject({ value: 'C:\\temp' });
    expect(parsed('!="x y"')).toMatchObject({ operator: '!=', value: 'x y', quoted: true });
  });

  it('keeps * in unquoted values for the typing step', () => {
    expect(parsed('*gmbh*')).toMatchObject({ value: '*gmbh*', quoted: false });
  });

  it('parses the SPEC example with exact spans', () => {
    const ast = parsed('>=1.3.2019&<1.4.2019');
    expect(ast).toMatchObject({
      kind: 'and',
      span: { start: 0, end: 20 },
      terms: [
        { operator: '>=', value: '1.3.2019', span: { start: 0, end: 10 }, valueSpan: { start: 2, end: 10 } },
        { operator: '<', value: '1.4.2019', span: { start: 11, end: 20 }, valueSpan: { start: 12, end: 20 } },
      ],
    });
  });

  it('accepts exactly 50 terms and 1000 characters', () => {
    expect(parseFilter(Array(50).fill('a').join('&')).ok).toBe(true);
    expect(parseFilter('a'.repeat(1000)).ok).toBe(true);
  });
});

describe('parseFilter: errors point at the bad spot', () => {
  it('an operator without value: at the empty value after it', () => {
    expect(failure('>=1.3.2019&<')).toEqual({
      code: 'missing-value',
      params: { operator: '<' },
      span: { start: 12, end: 12 },
    });
    expect(failure('<= &a')).toMatchObject({ code: 'missing-value', span: { start: 3, end: 3 } });
    expect(failure('!>')).toMatchObject({ code: 'missing-value' });
  });

  it('a connective where a term belongs: at that connective', () => {
    expect(failure('a&&b')).toEqual({
      code: 'missing-term',
      params: { token: '&' },
      span: { start: 2, end: 3 },
    });
    expect(failure('|a')).toMatchObject({ code: 'missing-term', span: { start: 0, end: 1 } });
    expect(failure('a|&b')).toMatchObject({ code: 'missing-term', span: { start: 2, end: 3 } });
    expect(failure('()')).toMatchObject({
      code: 'missing-term',
      params: { token: ')' },
      span: { start: 1, end: 2 },
    });
  });

  it('a dangling connective at the end: at the connective', () => {
    expect(failure('a & ')).toEqual({
      code: 'missing-term-at-end',
      params: { token: '&' },
      span: { start: 2, end: 3 },
    });
    expect(failure('(')).toMatchObject({ code: 'missing-term-at-end', params: { token: '(' } });
  });

  it('unbalanced parentheses: at the lonely one', () => {
    expect(failure('(a|b')).toEqual({ code: 'unclosed-parenthesis', params: {}, span: { start: 0, end: 1 } });
    expect(failure('(a&(b|c)')).toMatchObject({ code: 'unclosed-parenthesis', span: { start: 0, end: 1 } });
    expect(failure('a|b)')).toEqual({
      code: 'unmatched-parenthesis',
      params: {},
      span: { start: 3, end: 4 },
    });
    expect(failure(')')).toMatchObject({ code: 'unmatched-parenthesis', span: { start: 0, end: 1 } });
  });

  it('an unclosed quote: from the quote to the end', () => {
    expect(failure('a|"Müller & Söhne')).toEqual({
      code: 'unclosed-quote',
      params: {},
      span: { start: 2, end: 17 },
    });
    expect(failure('"abc\\"')).toMatchObject({ code: 'unclosed-quote' });
  });

  it('syntax characters inside an unquoted value: at the character', () => {
    expect(failure('a=b')).toEqual({
      code: 'unexpected-character',
      params: { character: '=' },
      span: { start: 1, end: 2 },
    });
    expect(failure('=>5')).toMatchObject({ code: 'unexpected-character', span: { start: 1, end: 2 } });
    expect(failure('Müller (Bonn)')).toMatchObject({
      code: 'unexpected-character',
      params: { character: '(' },
    });
    expect(failure('ab"c"')).toMatchObject({ code: 'unexpected-character', params: { character: '"' } });
    expect(failure('!!a')).toMatchObject({ code: 'unexpected-character', span: { start: 1, end: 2 } });
  });

  it('two terms without connective: at the second', () => {
    expect(failure('"a" b')).toEqual({
      code: 'expected-connective',
      params: { found: 'b' },
      span: { start: 4, end: 5 },
    });
    expect(failure('(a) (b)')).toMatchObject({ code: 'expected-connective', span: { start: 4, end: 5 } });
  });

  it('a negated group: at the ! and the parenthesis', () => {
    expect(failure('!(a|b)')).toEqual({ code: 'negated-group', params: {}, span: { start: 0, end: 2 } });
  });

  it('empty input', () => {
    expect(failure('')).toEqual({ code: 'empty-filter', params: {}, span: { start: 0, end: 0 } });
    expect(failure('   ')).toMatchObject({ code: 'empty-filter', span: { start: 0, end: 3 } });
  });

  it('limits: over 1000 characters or 50 terms is an error, not an exception', () => {
    expect(failure('a'.repeat(1001))).toEqual({
      code: 'input-too-long',
      params: { max: 1000 },
      span: { start: 1000, end: 1001 },
    });
    const tooMany = Array(51).fill('ab').join('|');
    expect(failure(tooMany)).toEqual({
      code: 'too-many-terms',
      params: { max: 50, term: 'ab' },
      span: { start: 150, end: 152 },
    });
  });

  it('deep nesting within the limit parses without exhausting the stack', () => {
    expect(shape(parsed(`${'('.repeat(499)}a${')'.repeat(499)}`))).toBe('a');
    expect(failure('('.repeat(1000))).toMatchObject({ code: 'missing-term-at-end' });
  });
});
