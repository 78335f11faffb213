import { describe, expect, it } from 'vitest';
import { compileFilter } from './conditions.js';

const text = { type: 'text' } as const;
const compile = (input: string) => compileFilter(input, text);
const ok = (input: string) => {
  const result = compile(input);
  if (!result.ok) throw new Error(`${input}: ${JSON.stringify(result.errors)}`);
  return result.value;
};

describe('text columns', () => {
  it('a bare term means contains', () => {
    expect(ok('gmbh')).toEqual({ kind: 'match', pattern: '%gmbh%' });
    expect(ok('Bad Homburg')).toEqual({ kind: 'match', pattern: '%Bad Homburg%' });
  });

  it('* is a wildcard with nothing implied around it', () => {
    expect(ok('Mül*')).toEqual({ kind: 'match', pattern: 'Mül%' });
    expect(ok('*gmbh')).toEqual({ kind: 'match', pattern: '%gmbh' });
    expect(ok('*gmbh*')).toEqual({ kind: 'match', pattern: '%gmbh%' });
    expect(ok('=M*r')).toEqual({ kind: 'match', pattern: 'M%r' });
    expect(ok('!=M*')).toEqual({ kind: 'not', condition: { kind: 'match', pattern: 'M%' } });
  });

  it('escapes LIKE characters the user typed', () => {
    expect(ok('100%_sicher')).toEqual({ kind: 'match', pattern: '%100\\%\\_sicher%' });
    expect(ok('a\\b*')).toEqual({ kind: 'match', pattern: 'a\\\\b%' });
  });

  it('quoted values are literal: * is a star, & is an ampersand', () => {
    expect(ok('"A&B GmbH"')).toEqual({ kind: 'match', pattern: '%A&B GmbH%' });
    expect(ok('"5*"')).toEqual({ kind: 'match', pattern: '%5*%' });
    expect(ok('="Müller & Söhne"')).toEqual({ kind: 'compare', op: '=', value: 'Müller & Söhne' });
  });

  it('operators compare the exact value as typed', () => {
    expect(ok('=Müller')).toEqual({ kind: 'compare', op: '=', value: 'Müller' });
    expect(ok('!=Müller')).toEqual({ kind: 'compare', op: '!=', value: 'Müller' });
    expect(ok('>=M')).toEqual({ kind: 'compare', op: '>=', value: 'M' });
  });

  it('! negates: !Verloren is "does not contain"', () => {
    expect(ok('!Verloren')).toEqual({ kind: 'not', condition: { kind: 'match', pattern: '%Verloren%' } });
    expect(ok('!=x')).toEqual({ kind: 'compare', op: '!=', value: 'x' });
  });

  it('empty values: = is empty, != and ! are not empty, "" is the empty string', () => {
    expect(ok('=')).toEqual({ kind: 'empty' });
    expect(ok('""')).toEqual({ kind: 'empty' });
    expect(ok('!=')).toEqual({ kind: 'not', condition: { kind: 'empty' } });
    expect(ok('!')).toEqual({ kind: 'not', condition: { kind: 'empty' } });
    expect(ok('!!=')).toEqual({ kind: 'empty' });
    expect(compile('<""')).toMatchObject({ ok: false, errors: [{ code: 'missing-value' }] });
  });

  it('keeps the structure of & and |', () => {
    expect(ok('a|b&!c')).toEqual({
      kind: 'or',
      conditions: [
        { kind: 'match', pattern: '%a%' },
        {
          kind: 'and',
          conditions: [
            { kind: 'match', pattern: '%b%' },
            { kind: 'not', condition: { kind: 'match', pattern: '%c%' } },
          ],
        },
      ],
    });
  });

  it('wildcards make no sense with < and friends', () => {
    expect(compile('>M*')).toEqual({
      ok: false,
      errors: [
        { code: 'wildcard-not-allowed', params: { term: '>M*', value: 'M*' }, span: { start: 1, end: 3 } },
      ],
    });
  });
});
