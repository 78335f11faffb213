import type { FilterAst, FilterTerm } from './ast.js';

/** Prints an AST back as filter text that parses to the same tree (spans aside). */
export function formatFilter(ast: FilterAst): string {
  switch (ast.kind) {
    case 'term':
      return formatTerm(ast);
    case 'and':
      // Parentheses around nested `and`s too, so the printed text keeps the tree's exact shape.
      return ast.terms.map((t) => (t.kind === 'term' ? formatTerm(t) : `(${formatFilter(t)})`)).join(' & ');
    case 'or':
      return ast.terms.map((t) => (t.kind === 'or' ? `(${formatFilter(t)})` : formatFilter(t))).join(' | ');
  }
}

/** Prints one term the way a user would type it; unquoted values are printed as they are. */
export function formatTerm(term: FilterTerm): string {
  // `!=x` would read as "not equal", so a negated `=` needs a space after the `!`.
  const negation = !term.negated ? '' : term.operator === '=' ? '! ' : '!';
  const value = term.quoted ? `"${term.value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"` : term.value;
  return `${negation}${term.operator ?? ''}${value}`;
}
