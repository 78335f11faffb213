/** A decimal number split into its digits, so money can be turned into cents without float rounding. */
export interface DecimalNumber {
  negative: boolean;
  integer: string;
  fraction: string;
}

type Separator = '.' | ',';

/** Which separator groups thousands in each language, for the one case that cannot be told apart. */
const THOUSANDS_SEPARATOR: Record<'de' | 'en', Separator> = { de: '.', en: ',' };

/**
 * Reads German (`1.234,56`) and English (`1,234.56`) notation. With both separators the last one is
 * the decimal mark; a single separator before exactly three digits (`1.500`) follows `language`.
 */
export function parseDecimal(text: string, language: 'de' | 'en'): DecimalNumber | null {
  const match = /^(-?)(\d(?:[\d.,]*\d)?)$/.exec(text);
  const body = match?.[2];
  if (match === null || body === undefined || /[.,]{2}/.test(body)) return null;
  const negative = match[1] === '-';
  const marks = roles(body, language);
  if (marks === null) return null;
  const [integerPart, fraction = '', ...rest] = marks.decimal === null ? [body] : body.split(marks.decimal);
  if (rest.length > 0) return null;
  const integer = ungroup(integerPart, marks.thousands);
  if (integer === null || !/^\d*$/.test(fraction)) return null;
  return { negative, integer, fraction };
}

function roles(
  body: string,
  language: 'de' | 'en',
): { decimal: Separator | null; thousands: Separator | null } | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    return lastDot > lastComma ? { decimal: '.', thousands: ',' } : { decimal: ',', thousands: '.' };
  }
  if (lastDot < 0 && lastComma < 0) return { decimal: null, thousands: null };
  const separator: Separator = lastDot >= 0 ? '.' : ',';
  const parts = body.split(separator);
  // Several of the same separator can only be thousands grouping (`1.234.567`).
  if (parts.length > 2) return { decimal: null, thousands: separator };
  const [integerPart = '', fraction = ''] = parts;
  const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integerPart);
  if (ambiguous && THOUSANDS_SEPARATOR[language] === separator)
    return { decimal: null, thousands: separator };
  return { decimal: separator, thousands: null };
}

/** Removes thousands separators, insisting on groups of three so `1.23.4` is not silently 1234. */
function ungroup(integerPart: string | undefined, thousands: Separator | null): string | null {
  if (integerPart === undefined) return null;
  if (thousands === null) return /^\d+$/.test(integerPart) ? integerPart : null;
  const grouped = thousands === '.' ? /^\d{1,3}(\.\d{3})*$/ : /^\d{1,3}(,\d{3})*$/;
  return grouped.test(integerPart) ? integerPart.split(thousands).join('') : null;
}

/** The number a parsed decimal stands for (may be imprecise or infinite for absurdly long input). */
export function decimalToNumber(decimal: DecimalNumber): number {
  const value = Number(`${decimal.integer}.${decimal.fraction || '0'}`);
  // No negative zero: `-0` means 0 to a user and would serialise surprisingly.
  return decimal.negative && value !== 0 ? -value : value;
}
