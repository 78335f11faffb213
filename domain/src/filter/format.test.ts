import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FilterAst, type FilterTerm, OPERATORS } from './ast.js';
import { formatFilter } from './format.js';
import { parseFilter } from './parse.js';

/** Drops spans: two ASTs are equivalent when they agree on everything else. */
function withoutSpans(ast: FilterAst): unknown {
  if (ast.kind === 'term') {
    const { span: _span, valueSpan: _valueSpan, ...rest } = ast;
    return rest;
  }
  return { kind: ast.kind, terms: ast.terms.map(withoutSpans) };
}

const unquotedChar = fc.constantFrom(...'abcxyzÄöüß019.,-*/ '.split(''));
const unquotedValue = fc
  .array(unquotedChar, { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join('').trim())
  .filter((value) => value !== '');
const operator = fc.constantFrom(null, ...OPERATORS);

const term: fc.Arbitrary<FilterTerm> = fc
  .record({
    negated: fc.boolean(),
    operator,
    quoted: fc.boolean(),
    unquoted: unquotedValue,
    quotedValue: fc.string({ maxLength: 10 }),
    empty: fc.boolean(),
  })
  .map(({ negated, operator, quoted, unquoted, quotedValue, empty }) => {
    // Only "=" / "!=" / "!" may stand without a value; the parser rejects "<" with nothing after it.
    const mayBeEmpty = operator === '=' || operator === '!=' || (operator === null && negated);
    const value = quoted ? quotedValue : empty && mayBeEmpty ? '' : unquoted;
    const span = { start: 0, end: 0 };
    return { kind: 'term', negated, operator, value, quoted, span, valueSpan: span };
  });

const ast: fc.Arbitrary<FilterAst> = fc.letrec<{ node: FilterAst }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    term,
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      terms: fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
      span: fc.constant({ start: 0, end: 0 }),
    }),
  ),
})).node;

describe('formatFilter', () => {
  it('prints terms the way users type them', () => {
    const parsed = parseFilter('a | (b&!c) & ! =d & !!=e & "x \\"y\\"" & (f|g)');
    expect(parsed.ok && formatFilter(parsed.value)).toBe(
      'a | (b & !c) & ! =d & !!=e & "x \\"y\\"" & (f | g)',
    );
  });

  it('prints ASTs that parse back to the same tree (property)', () => {
    fc.assert(
      fc.property(ast, (tree) => {
        const text = formatFilter(tree);
        fc.pre(text.length <= 1000);
        const reparsed = parseFilter(text);
        expect(reparsed.ok, text).toBe(true);
        if (reparsed.ok) expect(withoutSpans(reparsed.value)).toEqual(withoutSpans(tree));
      }),
      { numRuns: 300 },
    );
  });
});
