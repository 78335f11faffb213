import type { FilterTerm } from './ast.js';
import type { Condition, FilterResult } from './conditions.js';
import { type DecimalNumber, decimalToNumber, parseDecimal } from './number-parse.js';
import { termError } from './term-helpers.js';

const MONEY_DECIMALS = 2;

/** Number column: German or English notation; a bare value means `=`. */
export function numberCondition(term: FilterTerm, language: 'de' | 'en'): FilterResult<Condition> {
  const decimal = parseDecimal(term.value.trim(), language);
  if (decimal === null) return termError('invalid-number', term);
  const value = decimalToNumber(decimal);
  if (!Number.isFinite(value)) return termError('number-out-of-range', term);
  return { ok: true, value: { kind: 'compare', op: term.operator ?? '=', value } };
}

/** Money column: like a number, optionally with `€`/`EUR` before or after, compared in integer cents. */
export function moneyCondition(term: FilterTerm, language: 'de' | 'en'): FilterResult<Condition> {
  const decimal = parseDecimal(withoutCurrency(term.value.trim()), language);
  if (decimal === null) return termError('invalid-number', term);
  const cents = toCents(decimal);
  if (cents === 'too-many-decimals') return termError('too-many-decimals', term, { max: MONEY_DECIMALS });
  if (!Number.isSafeInteger(cents)) return termError('number-out-of-range', term);
  return { ok: true, value: { kind: 'compare', op: term.operator ?? '=', value: cents } };
}

function withoutCurrency(text: string): string {
  const prefixed = /^(?:€|eur)\s*(.*)$/i.exec(text);
  if (prefixed?.[1] !== undefined) return prefixed[1];
  const suffixed = /^(.*?)\s*(?:€|eur)$/i.exec(text);
  return suffixed?.[1] ?? text;
}

/** Integer cents from the digits; trailing zeros (`1,500` in German) are not real extra decimals. */
export function toCents(decimal: DecimalNumber): number | 'too-many-decimals' {
  const fraction = decimal.fraction.replace(/0+$/, '');
  if (fraction.length > MONEY_DECIMALS) return 'too-many-decimals';
  const cents = Number(decimal.integer) * 100 + Number(fraction.padEnd(MONEY_DECIMALS, '0'));
  return decimal.negative && cents !== 0 ? -cents : cents;
}
