import { describe, expect, it } from 'vitest';
import { compileFilter } from './conditions.js';

const compile = (input: string) => compileFilter(input, { type: 'boolean' });

describe('boolean columns', () => {
  it('understands German and English yes and no', () => {
    for (const yes of ['ja', 'Yes', 'TRUE', 'wahr', '1']) {
      expect(compile(yes)).toEqual({ ok: true, value: { kind: 'compare', op: '=', value: true } });
    }
    for (const no of ['nein', 'NO', 'false', 'Falsch', '0']) {
      expect(compile(no)).toEqual({ ok: true, value: { kind: 'compare', op: '=', value: false } });
    }
    expect(compile('!=ja')).toEqual({ ok: true, value: { kind: 'compare', op: '!=', value: true } });
    expect(compile('!nein')).toEqual({
      ok: true,
      value: { kind: 'not', condition: { kind: 'compare', op: '=', value: false } },
    });
  });

  it('rejects anything else', () => {
    expect(compile('vielleicht')).toEqual({
      ok: false,
      errors: [
        {
          code: 'invalid-boolean',
          params: { term: 'vielleicht', value: 'vielleicht' },
          span: { start: 0, end: 10 },
        },
      ],
    });
    expect(compile('>ja')).toMatchObject({ ok: false, errors: [{ code: 'operator-not-allowed' }] });
    expect(compile('j*')).toMatchObject({ ok: false, errors: [{ code: 'wildcard-not-allowed' }] });
  });
});
