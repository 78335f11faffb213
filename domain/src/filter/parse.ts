import { type FilterAst, type FilterTerm, OPERATORS, type Operator, type Span } from './ast.js';
import type { FilterResult } from './conditions.js';
import { type FilterError, MAX_FILTER_LENGTH, MAX_FILTER_TERMS } from './errors.js';

/** Thrown only inside this file to unwind the recursive descent; parseFilter turns it into a result. */
class ParseFailure {
  constructor(readonly error: FilterError) {}
}

/** Characters that end an unquoted value or cannot appear in one; quoting makes them literal. */
const VALUE_END = new Set(['&', '|', ')']);
const NEEDS_QUOTES = new Set(['(', '"', '<', '>', '=', '!']);
const RANGE_OPERATORS = new Set<Operator>(['<', '<=', '>', '>=']);

function fail(code: FilterError['code'], span: Span, params: FilterError['params'] = {}): never {
  throw new ParseFailure({ code, params, span });
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Recursive descent over the raw string: `or := and ('|' and)*`, `and := unary ('&' unary)*`. */
class Parser {
  private pos = 0;
  private depth = 0;
  private termCount = 0;

  constructor(private readonly input: string) {}

  /** parseUnary rejects anything but a connective, `)` or the end after each term, so nothing is left over. */
  parse(): FilterAst {
    return this.parseOr(null);
  }

  private parseOr(after: Span | null): FilterAst {
    const first = this.parseAnd(after);
    const rest: FilterAst[] = [];
    while (this.peek() === '|') rest.push(this.parseAnd(this.take()));
    return combine('or', first, rest);
  }

  private parseAnd(after: Span | null): FilterAst {
    const first = this.parseUnary(after);
    const rest: FilterAst[] = [];
    while (this.peek() === '&') rest.push(this.parseUnary(this.take()));
    return combine('and', first, rest);
  }

  /** `after` is the connective or `(` before this position, to point at when the input ends too early. */
  private parseUnary(after: Span | null): FilterAst {
    this.skipSpace();
    const ch = this.input[this.pos];
    const here = { start: this.pos, end: this.pos + 1 };
    if (ch === undefined) {
      if (after === null) fail('empty-filter', { start: 0, end: this.input.length });
      fail('missing-term-at-end', after, { token: this.input.slice(after.start, after.end) });
    }
    if (ch === '&' || ch === '|') fail('missing-term', here, { token: ch });
    if (ch === ')') {
      if (this.depth > 0) fail('missing-term', here, { token: ch });
      fail('unmatched-parenthesis', here);
    }
    const node = ch === '(' ? this.parseGroup() : this.parseTerm();
    this.expectConnective();
    return node;
  }

  private parseGroup(): FilterAst {
    const open = this.take();
    this.depth++;
    const inner = this.parseOr(open);
    if (this.peek() !== ')') fail('unclosed-parenthesis', open);
    const close = this.take();
    this.depth--;
    // A lone term keeps its own span so that term spans always point at the term itself.
    return inner.kind === 'term' ? inner : { ...inner, span: { start: open.start, end: close.end } };
  }

  /** After a term or group only a connective, a closing parenthesis or the end may follow. */
  private expectConnective(): void {
    this.skipSpace();
    const ch = this.input[this.pos];
    if (ch === undefined || ch === '&' || ch === '|') return;
    if (ch === ')') {
      if (this.depth === 0) fail('unmatched-parenthesis', { start: this.pos, end: this.pos + 1 });
      return;
    }
    const rest = /^[^\s&|()]+/.exec(this.input.slice(this.pos, this.pos + 30))?.[0] ?? ch;
    fail('expected-connective', { start: this.pos, end: this.pos + rest.length }, { found: rest });
  }

  private parseTerm(): FilterTerm {
    const start = this.pos;
    let negated = false;
    let prefixEnd = start;
    if (this.input[this.pos] === '!' && this.input[this.pos + 1] !== '=') {
      negated = true;
      this.pos++;
      prefixEnd = this.pos;
      this.skipSpace();
      if (this.peek() === '(') fail('negated-group', { start, end: this.pos + 1 });
    }
    const operator = this.readOperator();
    // For an empty value the term ends with its operator (or `!`), not with the spaces after it.
    const operatorEnd = operator === null ? prefixEnd : this.pos;
    this.skipSpace();
    const value = this.peek() === '"' ? this.readQuoted() : this.readUnquoted();
    if (!value.quoted && value.value === '' && operator !== null && RANGE_OPERATORS.has(operator)) {
      fail('missing-value', value.span, { operator });
    }
    const end = value.span.end > value.span.start ? value.span.end : operatorEnd;
    this.termCount++;
    if (this.termCount > MAX_FILTER_TERMS)
      fail('too-many-terms', { start, end }, { max: MAX_FILTER_TERMS, term: this.input.slice(start, end) });
    return {
      kind: 'term',
      negated,
      operator,
      value: value.value,
      quoted: value.quoted,
      span: { start, end },
      valueSpan: value.span,
    };
  }

  private readOperator(): Operator | null {
    const operator = OPERATORS.find((op) => this.input.startsWith(op, this.pos)) ?? null;
    if (operator !== null) this.pos += operator.length;
    return operator;
  }

  private readQuoted(): { value: string; quoted: true; span: Span } {
    const start = this.pos++;
    let value = '';
    for (;;) {
      const ch = this.input[this.pos];
      if (ch === undefined) fail('unclosed-quote', { start, end: this.input.length });
      const next = this.input[this.pos + 1];
      if (ch === '\\' && (next === '"' || next === '\\')) {
        value += next;
        this.pos += 2;
      } else if (ch === '"') {
        this.pos++;
        return { value, quoted: true, span: { start, end: this.pos } };
      } else {
        value += ch;
        this.pos++;
      }
    }
  }

  private readUnquoted(): { value: string; quoted: false; span: Span } {
    const start = this.pos;
    for (let ch = this.peek(); ch !== undefined && !VALUE_END.has(ch); ch = this.peek()) {
      if (NEEDS_QUOTES.has(ch)) {
        fail('unexpected-character', { start: this.pos, end: this.pos + 1 }, { character: ch });
      }
      this.pos++;
    }
    // Whitespace inside a value belongs to it (`Bad Homburg`), trailing whitespace does not.
    const value = this.input.slice(start, this.pos).trimEnd();
    this.pos = start + value.length;
    return { value, quoted: false, span: { start, end: this.pos } };
  }

  private peek(): string | undefined {
    return this.input[this.pos];
  }

  private take(): Span {
    const span = { start: this.pos, end: this.pos + 1 };
    this.pos++;
    return span;
  }

  private skipSpace(): void {
    while (isSpace(this.input[this.pos])) this.pos++;
  }
}

function combine(kind: 'and' | 'or', first: FilterAst, rest: FilterAst[]): FilterAst {
  const last = rest[rest.length - 1];
  if (last === undefined) return first;
  return { kind, terms: [first, ...rest], span: { start: first.span.start, end: last.span.end } };
}

/** Parses what a user typed into a filter box; never throws, every failure is an error with a span. */
export function parseFilter(input: string): FilterResult<FilterAst> {
  if (input.length > MAX_FILTER_LENGTH) {
    const span = { start: MAX_FILTER_LENGTH, end: input.length };
    return { ok: false, errors: [{ code: 'input-too-long', params: { max: MAX_FILTER_LENGTH }, span }] };
  }
  try {
    return { ok: true, value: new Parser(input).parse() };
  } catch (failure) {
    if (failure instanceof ParseFailure) return { ok: false, errors: [failure.error] };
    throw failure;
  }
}
