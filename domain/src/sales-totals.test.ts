import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentTotals,
  formatPercent,
  formatQuantity,
  type LineAmounts,
  lineItemSchema,
  lineItemsSchema,
  lineNetCents,
  MAX_LINES,
  parsePercent,
  parseQuantity,
  roundHalfAwayFromZero,
  TAX_RATES,
  type TaxRate,
} from './sales-totals.js';

function line(quantityMilli: number, unitPriceCents: number, taxRate: TaxRate, discountBasisPoints = 0) {
  return { quantityMilli, unitPriceCents, discountBasisPoints, taxRate };
}

describe('lineNetCents', () => {
  it('3 × 19,99 € less 10 % is 53,97 € (59,97 × 0,9 = 53,973)', () => {
    expect(lineNetCents(line(3000, 1999, 19, 1000))).toBe(5397);
  });

  it('rounds exactly half a cent away from zero, not to even', () => {
    expect(lineNetCents(line(500, 1, 19))).toBe(1); // 0,5 × 0,01 € = 0,005 €
    expect(lineNetCents(line(1500, 1, 19))).toBe(2); // 0,015 €
    expect(lineNetCents(line(2500, 1, 19))).toBe(3); // 0,025 €, banker's rounding would give 2
    expect(lineNetCents(line(499, 1, 19))).toBe(0); // 0,00499 €
    expect(lineNetCents(line(1000, 1, 19, 5000))).toBe(1); // 0,01 € less 50 %
  });

  it('is zero for a 100 % discount and for a price of zero', () => {
    expect(lineNetCents(line(7000, 12345, 19, 10000))).toBe(0);
    expect(lineNetCents(line(7000, 0, 7))).toBe(0);
  });

  it('carries three decimal places of the quantity', () => {
    expect(lineNetCents(line(1234, 10000, 19))).toBe(12340); // 1,234 × 100,00 €
    expect(lineNetCents(line(1, 100, 19))).toBe(0); // 0,001 × 1,00 € = 0,001 €
  });
});

describe('documentTotals', () => {
  it('one line: 3 × 19,99 € less 10 % at 19 %', () => {
    // net 53,97 €; VAT 53,97 × 0,19 = 10,2543 → 10,25 €; gross 64,22 €
    expect(documentTotals([line(3000, 1999, 19, 1000)])).toEqual({
      netCents: 5397,
      taxCents: 1025,
      grossCents: 6422,
      byRate: [{ rate: 19, netCents: 5397, taxCents: 1025, grossCents: 6422 }],
    });
  });

  it('lines at 19 %, 7 % and 0 %, rates highest first', () => {
    const lines = [
      line(1000, 5000, 0), // 50,00 €
      line(2000, 10000, 19), // 2 × 100,00 € = 200,00 €
      line(1500, 1234, 7, 500), // 1,5 × 12,34 € = 18,51 € less 5 % = 17,5845 → 17,58 €
      line(250, 8000, 19), // 0,25 h × 80,00 € = 20,00 €
    ];
    expect(documentTotals(lines)).toEqual({
      netCents: 28758,
      taxCents: 4303,
      grossCents: 33061,
      byRate: [
        { rate: 19, netCents: 22000, taxCents: 4180, grossCents: 26180 }, // 220,00 × 0,19 = 41,80
        { rate: 7, netCents: 1758, taxCents: 123, grossCents: 1881 }, // 17,58 × 0,07 = 1,2306
        { rate: 0, netCents: 5000, taxCents: 0, grossCents: 5000 },
      ],
    });
  });

  it('rounds VAT of exactly half a cent away from zero', () => {
    expect(documentTotals([line(1000, 50, 19)]).taxCents).toBe(10); // 0,50 × 0,19 = 0,095
    expect(documentTotals([line(1000, 150, 7)]).taxCents).toBe(11); // 1,50 × 0,07 = 0,105
  });

  it('keeps a rate whose only line is fully discounted', () => {
    expect(documentTotals([line(1000, 10000, 19), line(2000, 999, 7, 10000)])).toEqual({
      netCents: 10000,
      taxCents: 1900,
      grossCents: 11900,
      byRate: [
        { rate: 19, netCents: 10000, taxCents: 1900, grossCents: 11900 },
        { rate: 7, netCents: 0, taxCents: 0, grossCents: 0 },
      ],
    });
  });

  it('takes VAT per rate on the summed nets, not the sum of per-line VAT', () => {
    // Two lines of 0,03 € at 19 %: per line 0,0057 € → 0,01 € each, 0,02 € together;
    // per rate 0,06 € × 0,19 = 0,0114 € → 0,01 €. The per-rate figure is used.
    expect(documentTotals([line(1000, 3, 19), line(1000, 3, 19)]).taxCents).toBe(1);
    // Three lines of 0,02 € at 19 %: per line 0,0038 € → 0 € each; per rate 0,06 € → 0,01 €.
    expect(documentTotals([line(1000, 2, 19), line(1000, 2, 19), line(1000, 2, 19)]).taxCents).toBe(1);
  });

  it('is all zero with no rates for an empty document', () => {
    expect(documentTotals([])).toEqual({ netCents: 0, taxCents: 0, grossCents: 0, byRate: [] });
  });

  it('stays exact at the largest document the schema allows', () => {
    const lines = Array.from({ length: MAX_LINES }, () => line(1_000_000, 100_000_000_00, 19));
    expect(lineItemsSchema.safeParse(lines.map(valid)).success).toBe(true);
    expect(documentTotals(lines)).toMatchObject({
      netCents: 5_000_000_000_000_000,
      taxCents: 950_000_000_000_000,
      grossCents: 5_950_000_000_000_000,
    });
  });

  it('refuses amounts beyond the safe range instead of losing cents', () => {
    expect(() => documentTotals([line(1_000_000_000, 100_000_000_00, 19)])).toThrow(RangeError);
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(roundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(roundHalfAwayFromZero(7n, -2n)).toBe(-4n);
    expect(roundHalfAwayFromZero(4n, 3n)).toBe(1n);
    expect(roundHalfAwayFromZero(-4n, 3n)).toBe(-1n);
  });
});

function valid(amounts: LineAmounts) {
  return { productId: null, description: 'Wartung', unit: 'Stk', ...amounts };
}

describe('lineItemSchema', () => {
  const good = valid(line(1500, 1999, 19, 1000));

  it('accepts a line and trims its texts', () => {
    const parsed = lineItemSchema.parse({
      ...good,
      productId: 'p_1',
      description: '  Montage  ',
      unit: ' h ',
    });
    expect(parsed).toMatchObject({
      productId: 'p_1',
      description: 'Montage',
      unit: 'h',
      quantityMilli: 1500,
    });
  });

  it.each([
    ['zero quantity', { quantityMilli: 0 }],
    ['fractional thousandths', { quantityMilli: 1.5 }],
    ['more than a million units', { quantityMilli: 1_000_000_001 }],
    ['negative price', { unitPriceCents: -1 }],
    ['fractional cents', { unitPriceCents: 0.5 }],
    ['discount above 100 %', { discountBasisPoints: 10001 }],
    ['negative discount', { discountBasisPoints: -1 }],
    ['tax rate 16 %', { taxRate: 16 }],
    ['blank description', { description: '   ' }],
    ['overlong description', { description: 'x'.repeat(2001) }],
    ['blank unit', { unit: '' }],
    [
      'a line amount beyond 100 billion euros',
      { quantityMilli: 1_000_000_000, unitPriceCents: 100_000_000_00 },
    ],
  ])('refuses %s', (_name, change) => {
    expect(lineItemSchema.safeParse({ ...good, ...change }).success).toBe(false);
  });

  it('accepts every tax rate and a price of zero', () => {
    for (const taxRate of TAX_RATES) {
      expect(lineItemSchema.safeParse({ ...good, taxRate, unitPriceCents: 0 }).success).toBe(true);
    }
  });

  it(`allows at most ${MAX_LINES} lines`, () => {
    expect(lineItemsSchema.safeParse(Array(MAX_LINES).fill(good)).success).toBe(true);
    expect(lineItemsSchema.safeParse(Array(MAX_LINES + 1).fill(good)).success).toBe(false);
  });
});

describe('parseQuantity and formatQuantity', () => {
  it.each([
    ['1.234,5', 'de', 1_234_500],
    ['1234,5', 'de', 1_234_500],
    ['1,234.5', 'en', 1_234_500],
    ['1234.5', 'en', 1_234_500],
    ['0,001', 'de', 1],
    [' 2 ', 'de', 2000],
    ['1.000.000', 'de', 1_000_000_000],
    ['-1,5', 'de', -1500],
    ['0', 'en', 0],
  ] as const)('parses %j (%s) as %d thousandths', (text, language, milli) => {
    expect(parseQuantity(text, language)).toBe(milli);
  });

  it.each([
    ['', 'de'],
    ['abc', 'de'],
    ['1,2345', 'de'], // more than three decimals
    ['1.5', 'de'], // a dot is a thousands separator in German
    ['1,5', 'en'],
    ['12.34.567', 'de'],
    ['1.2345,5', 'de'],
    ['1,', 'de'],
    [',5', 'de'],
    ['1 234', 'de'],
    ['1e3', 'en'],
    ['+1', 'en'],
    ['99999999999999999999', 'en'],
  ] as const)('refuses %j (%s)', (text, language) => {
    expect(parseQuantity(text, language)).toBeNull();
  });

  it('formats without trailing zeros and groups thousands', () => {
    expect(formatQuantity(1_234_500, 'de')).toBe('1.234,5');
    expect(formatQuantity(1_234_500, 'en')).toBe('1,234.5');
    expect(formatQuantity(1000, 'de')).toBe('1');
    expect(formatQuantity(1, 'de')).toBe('0,001');
    expect(formatQuantity(1_234_567_890, 'en')).toBe('1,234,567.89');
    expect(formatQuantity(0, 'en')).toBe('0');
  });
});

describe('parsePercent and formatPercent', () => {
  it('reads percentages into basis points, with or without the sign', () => {
    expect(parsePercent('12,5 %', 'de')).toBe(1250);
    expect(parsePercent('10%', 'en')).toBe(1000);
    expect(parsePercent('0,01', 'de')).toBe(1);
    expect(parsePercent('100', 'de')).toBe(10000);
    expect(parsePercent('12,345', 'de')).toBeNull();
    expect(parsePercent('%', 'de')).toBeNull();
  });

  it('formats basis points without the sign', () => {
    expect(formatPercent(1250, 'de')).toBe('12,5');
    expect(formatPercent(1250, 'en')).toBe('12.5');
    expect(formatPercent(10000, 'de')).toBe('100');
    expect(formatPercent(1, 'de')).toBe('0,01');
  });
});

// Lines inside the schema's bounds: quantity × price stays within 10¹³ cents.
const amountsArb: fc.Arbitrary<LineAmounts> = fc
  .oneof(
    fc.record({
      quantityMilli: fc.integer({ min: 1, max: 100_000 }),
      unitPriceCents: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    fc.record({
      quantityMilli: fc.integer({ min: 1, max: 1_000_000 }),
      unitPriceCents: fc.integer({ min: 0, max: 100_000_000_00 }),
    }),
    fc.record({
      quantityMilli: fc.integer({ min: 1, max: 1_000_000_000 }),
      unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
    }),
  )
  .chain((base) =>
    fc.record({
      quantityMilli: fc.constant(base.quantityMilli),
      unitPriceCents: fc.constant(base.unitPriceCents),
      discountBasisPoints: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10000 })),
      taxRate: fc.constantFrom(...TAX_RATES),
    }),
  );
const linesArb = fc.array(amountsArb, { maxLength: 30 });

describe('properties', () => {
  it('lines generated for the properties pass the schema', () => {
    fc.assert(fc.property(linesArb, (lines) => lineItemsSchema.safeParse(lines.map(valid)).success));
  });

  it('a line net is within half a cent of the exact value', () => {
    fc.assert(
      fc.property(amountsArb, (l) => {
        const exact =
          BigInt(l.quantityMilli) * BigInt(l.unitPriceCents) * BigInt(10000 - l.discountBasisPoints);
        const diff = BigInt(lineNetCents(l)) * 10_000_000n - exact;
        return (diff < 0n ? -diff : diff) <= 5_000_000n;
      }),
    );
  });

  it('totals are safe integers, gross = net + tax, and net is the sum of the line nets', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const t = documentTotals(lines);
        const all = [
          t.netCents,
          t.taxCents,
          t.grossCents,
          ...t.byRate.flatMap((r) => [r.netCents, r.taxCents, r.grossCents]),
        ];
        expect(all.every(Number.isSafeInteger)).toBe(true);
        expect(t.grossCents).toBe(t.netCents + t.taxCents);
        expect(t.netCents).toBe(lines.reduce((sum, l) => sum + lineNetCents(l), 0));
        for (const r of t.byRate) expect(r.grossCents).toBe(r.netCents + r.taxCents);
      }),
    );
  });

  it('the rates add up to the totals, occur in the lines and come highest first', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const t = documentTotals(lines);
        const sum = (key: 'netCents' | 'taxCents' | 'grossCents') => t.byRate.reduce((s, r) => s + r[key], 0);
        expect([sum('netCents'), sum('taxCents'), sum('grossCents')]).toEqual([
          t.netCents,
          t.taxCents,
          t.grossCents,
        ]);
        const rates = t.byRate.map((r) => r.rate);
        expect(rates).toEqual(TAX_RATES.filter((rate) => lines.some((l) => l.taxRate === rate)));
      }),
    );
  });

  it('line order does not change the totals', () => {
    fc.assert(
      fc.property(
        linesArb.chain((lines) =>
          fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length })),
        ),
        ([lines, shuffled]) => {
          expect(documentTotals(shuffled)).toEqual(documentTotals(lines));
        },
      ),
    );
  });

  it('the VAT of a rate is within half a cent of net × rate', () => {
    fc.assert(
      fc.property(linesArb, (lines) =>
        documentTotals(lines).byRate.every((r) => {
          const diff = BigInt(r.taxCents) * 100n - BigInt(r.netCents) * BigInt(r.rate);
          return (diff < 0n ? -diff : diff) <= 50n;
        }),
      ),
    );
  });

  it('parseQuantity(formatQuantity(x)) is x in both languages', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('de' as const, 'en' as const), (milli, language) => {
        expect(parseQuantity(formatQuantity(milli, language), language)).toBe(milli);
      }),
    );
  });

  it('parsePercent(formatPercent(x)) is x in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.constantFrom('de' as const, 'en' as const),
        (bp, language) => {
          expect(parsePercent(formatPercent(bp, language), language)).toBe(bp);
        },
      ),
    );
  });

  it('parsing never throws and yields a safe integer or null', () => {
    const textArb = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', '-', ' ', '%') }),
    );
    fc.assert(
      fc.property(textArb, fc.constantFrom('de' as const, 'en' as const), (text, language) => {
        for (const result of [parseQuantity(text, language), parsePercent(text, language)]) {
          expect(result === null || Number.isSafeInteger(result)).toBe(true);
        }
      }),
    );
  });
});
