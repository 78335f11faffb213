import { describe, expect, it } from 'vitest';
import { compileFilter } from './conditions.js';

const status = {
  type: 'enum',
  enumValues: [
    { value: 'open', labels: ['Offen', 'Open'] },
    { value: 'won', labels: ['Gewonnen', 'Won'] },
    { value: 'lost', labels: ['Verloren', 'Lost'] },
  ],
} as const;
const field = {
  type: status.type,
  enumValues: status.enumValues.map((e) => ({ ...e, labels: [...e.labels] })),
};
const compile = (input: string) => compileFilter(input, field);

describe('enum columns', () => {
  it('matches values and German or English labels, ignoring case', () => {
    for (const typed of ['verloren', 'LOST', 'lost', 'Verloren']) {
      expect(compile(typed)).toEqual({ ok: true, value: { kind: 'compare', op: '=', value: 'lost' } });
    }
    expect(compile('!=Gewonnen')).toEqual({ ok: true, value: { kind: 'compare', op: '!=', value: 'won' } });
    expect(compile('!Offen')).toEqual({
      ok: true,
      value: { kind: 'not', condition: { kind: 'compare', op: '=', value: 'open' } },
    });
  });

  it('* matches labels and values, possibly several', () => {
    expect(compile('gew*')).toEqual({ ok: true, value: { kind: 'compare', op: '=', value: 'won' } });
    expect(compile('*o*')).toEqual({
      ok: true,
      value: {
        kind: 'or',
        conditions: [
          { kind: 'compare', op: '=', value: 'open' },
          { kind: 'compare', op: '=', value: 'won' },
          { kind: 'compare', op: '=', value: 'lost' },
        ],
      },
    });
    expect(compile('!=*en')).toMatchObject({ ok: true, value: { kind: 'not', condition: { kind: 'or' } } });
  });

  it('an unknown value lists what is allowed', () => {
    expect(compile('=Storniert')).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknown-enum-value',
          params: {
            term: '=Storniert',
            value: 'Storniert',
            allowed: 'Offen / Open, Gewonnen / Won, Verloren / Lost',
          },
          span: { start: 1, end: 10 },
        },
      ],
    });
    expect(compile('x*y')).toMatchObject({ ok: false, errors: [{ code: 'unknown-enum-value' }] });
    expect(compileFilter('a', { type: 'enum' })).toMatchObject({
      ok: false,
      errors: [{ code: 'unknown-enum-value' }],
    });
  });

  it('only = and != are allowed', () => {
    expect(compile('<Offen')).toEqual({
      ok: false,
      errors: [
        {
          code: 'operator-not-allowed',
          params: { term: '<Offen', value: 'Offen', operator: '<' },
          span: { start: 0, end: 6 },
        },
      ],
    });
  });

  it('= alone is empty', () => {
    expect(compile('=')).toEqual({ ok: true, value: { kind: 'empty' } });
  });
});
