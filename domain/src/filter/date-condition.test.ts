import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Condition, compileFilter, type FilterOptions } from './conditions.js';

const compare = (op: '<' | '>=', value: string): Condition => ({ kind: 'compare', op, value });
const within = (start: string, end: string): Condition => ({
  kind: 'and',
  conditions: [compare('>=', start), compare('<', end)],
});

function ok(input: string, type: 'date' | 'datetime' = 'date', options: FilterOptions = {}): Condition {
  const result = compileFilter(input, { type }, options);
  if (!result.ok) throw new Error(`${input}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errorCode(input: string, type: 'date' | 'datetime' = 'date', options: FilterOptions = {}) {
  const result = compileFilter(input, { type }, options);
  return result.ok ? undefined : result.errors[0]?.code;
}

describe('date columns', () => {
  it('SPEC: >=1.3.2019&<1.4.2019 is exactly March 2019', () => {
    const march = { kind: 'and', conditions: [compare('>=', '2019-03-01'), compare('<', '2019-04-01')] };
    expect(ok('>=1.3.2019&<1.4.2019')).toEqual(march);
    expect(ok('>=2019-03-01 & <2019-04-01')).toEqual(march);
    expect(ok('>=01.03.2019&<01.04.2019')).toEqual(march);
  });

  it('a value is a day, a month or a year', () => {
    expect(ok('1.3.2019')).toEqual(within('2019-03-01', '2019-03-02'));
    expect(ok('2019-03-31')).toEqual(within('2019-03-31', '2019-04-01'));
    expect(ok('3.2019')).toEqual(within('2019-03-01', '2019-04-01'));
    expect(ok('2019-12')).toEqual(within('2019-12-01', '2020-01-01'));
    expect(ok('2019')).toEqual(within('2019-01-01', '2020-01-01'));
    expect(ok('29.2.2020')).toEqual(within('2020-02-29', '2020-03-01'));
  });

  it('maps each operator onto the range', () => {
    expect(ok('=3.2019')).toEqual(within('2019-03-01', '2019-04-01'));
    expect(ok('!=3.2019')).toEqual({ kind: 'not', condition: within('2019-03-01', '2019-04-01') });
    expect(ok('<3.2019')).toEqual(compare('<', '2019-03-01'));
    expect(ok('<=3.2019')).toEqual(compare('<', '2019-04-01'));
    expect(ok('>3.2019')).toEqual(compare('>=', '2019-04-01'));
    expect(ok('>=3.2019')).toEqual(compare('>=', '2019-03-01'));
    expect(ok('!<3.2019')).toEqual({ kind: 'not', condition: compare('<', '2019-03-01') });
  });

  it('heute/today is the current day in the time zone', () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Berlin.
    const now = new Date('2019-12-31T23:30:00Z');
    expect(ok('heute', 'date', { now })).toEqual(within('2020-01-01', '2020-01-02'));
    expect(ok('TODAY', 'date', { now, timeZone: 'UTC' })).toEqual(within('2019-12-31', '2020-01-01'));
    expect(ok('>=heute', 'datetime', { now })).toEqual(compare('>=', '2019-12-31T23:00:00.000Z'));
  });

  it('rejects dates that do not exist, wildcards and unknown forms', () => {
    expect(compileFilter('>=31.2.2019', { type: 'date' })).toEqual({
      ok: false,
      errors: [
        {
          code: 'invalid-date',
          params: { term: '>=31.2.2019', value: '31.2.2019' },
          span: { start: 2, end: 11 },
        },
      ],
    });
    for (const bad of [
      '2019-02-30',
      '13.2019',
      '2019-13',
      '0.1.2019',
      '1.3.19',
      '03/01/2019',
      'gestern',
      '999',
      '9999',
    ]) {
      expect(errorCode(bad), bad).toBe('invalid-date');
    }
    expect(errorCode('2019*')).toBe('wildcard-not-allowed');
    expect(errorCode('3.2019', 'datetime', { timeZone: 'Mars/Olympus' })).toBe('invalid-time-zone');
  });

  it('= alone is empty, != alone is not empty', () => {
    expect(ok('=')).toEqual({ kind: 'empty' });
    expect(ok('!=')).toEqual({ kind: 'not', condition: { kind: 'empty' } });
  });
});

describe('datetime columns', () => {
  it('bounds are local midnight in Berlin as UTC instants, across DST', () => {
    // Berlin switches to summer time on 31 March 2019, so April starts at 22:00 UTC.
    expect(ok('>=1.3.2019&<1.4.2019', 'datetime')).toEqual({
      kind: 'and',
      conditions: [compare('>=', '2019-02-28T23:00:00.000Z'), compare('<', '2019-03-31T22:00:00.000Z')],
    });
    expect(ok('31.3.2019', 'datetime')).toEqual(
      within('2019-03-30T23:00:00.000Z', '2019-03-31T22:00:00.000Z'),
    );
    expect(ok('27.10.2019', 'datetime')).toEqual(
      within('2019-10-26T22:00:00.000Z', '2019-10-27T23:00:00.000Z'),
    );
  });

  it('honours other time zones', () => {
    expect(ok('2019', 'datetime', { timeZone: 'UTC' })).toEqual(
      within('2019-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z'),
    );
    expect(ok('1.7.2019', 'datetime', { timeZone: 'America/New_York' })).toEqual(
      within('2019-07-01T04:00:00.000Z', '2019-07-02T04:00:00.000Z'),
    );
    // Santiago skipped midnight when summer time began on 12 Aug 2018: the day began at 01:00 local.
    expect(ok('>=12.8.2018', 'datetime', { timeZone: 'America/Santiago' })).toEqual(
      compare('>=', '2018-08-12T04:00:00.000Z'),
    );
    // Havana had midnight twice when summer time ended on 4 Nov 2018: the day began at the first.
    expect(ok('>=4.11.2018', 'datetime', { timeZone: 'America/Havana' })).toEqual(
      compare('>=', '2018-11-04T04:00:00.000Z'),
    );
  });
});

describe('date ranges (property)', () => {
  const day = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
  const iso = (d: { year: number; month: number; day: number }) =>
    `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const german = (d: { year: number; month: number; day: number }, pad: boolean) =>
    pad
      ? `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${d.year}`
      : `${d.day}.${d.month}.${d.year}`;

  it('>=d1&<d2 selects exactly [d1, d2) in German and ISO notation', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom('german', 'padded', 'iso'), (a, b, notation) => {
        fc.pre(iso(a) !== iso(b));
        const [d1, d2] = iso(a) < iso(b) ? [a, b] : [b, a];
        const write = (d: typeof a) => (notation === 'iso' ? iso(d) : german(d, notation === 'padded'));
        expect(ok(`>=${write(d1)}&<${write(d2)}`)).toEqual({
          kind: 'and',
          conditions: [compare('>=', iso(d1)), compare('<', iso(d2))],
        });
      }),
    );
  });
});
