/** Character offsets into the filter input (UTF-16 code units, as JavaScript indexes strings); end is exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** Longest first, so `<=` is never read as `<` followed by a value starting with `=`. */
export const OPERATORS: readonly Operator[] = ['<=', '>=', '!=', '<', '>', '='];

export interface FilterTerm {
  kind: 'term';
  negated: boolean;
  operator: Operator | null;
  /** The value as the user meant it: unquoted values trimmed, quoted ones unescaped. */
  value: string;
  /** Quoted values are literal: `*` in them is not a wildcard. */
  quoted: boolean;
  span: Span;
  /** Covers the quotes of a quoted value; zero-width where the value is empty. */
  valueSpan: Span;
}

/** The parsed filter. `and`/`or` always have at least two terms; a group's span includes its parentheses. */
export type FilterAst =
  | { kind: 'or'; terms: FilterAst[]; span: Span }
  | { kind: 'and'; terms: FilterAst[]; span: Span }
  | FilterTerm;
