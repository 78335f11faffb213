// Offline check of bank account numbers (IBAN, ISO 13616) and bank codes (BIC, ISO 9362) for the
// letterhead: a typo in the IBAN on a quotation sends the customer's payment nowhere.

export type IbanCheck = { ok: true; normalized: string } | { ok: false; reason: 'format' | 'checksum' };

// IBAN lengths of the SEPA countries (SWIFT IBAN registry); other countries are checked for the
// general form and the check digits only.
const LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
};

/** Checks an IBAN's form, its length where known and its check digits (mod 97); returns it compact. */
export function checkIban(s: string): IbanCheck {
  const compact = s.toUpperCase().replace(/[\s-]/gu, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(compact)) return { ok: false, reason: 'format' };
  const length = LENGTHS[compact.slice(0, 2)];
  if (length !== undefined && compact.length !== length) return { ok: false, reason: 'format' };
  // Country and check digits move to the end, letters become 10..35; the number mod 97 must be 1.
  const digits = [...(compact.slice(4) + compact.slice(0, 4))]
    .map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? { ok: true, normalized: compact } : { ok: false, reason: 'checksum' };
}

/** Writes a compact IBAN in groups of four, as printed on letters: "DE89 3704 0044 0532 0130 00". */
export function formatIban(compact: string): string {
  return compact.replace(/(.{4})(?=.)/gu, '$1 ');
}

/** Checks a BIC's form (8 or 11 characters: bank, country, location, optional branch); returns it compact. */
export function checkBic(s: string): { ok: true; normalized: string } | { ok: false } {
  const compact = s.toUpperCase().replace(/\s/gu, '');
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/u.test(compact)
    ? { ok: true, normalized: compact }
    : { ok: false };
}
