// Offline form check of VAT identification numbers (USt-IdNr.). It catches typos before an invoice
// goes out; whether a number is actually registered only VIES or the Swiss UID register can say.

export type VatIdCheck =
  | { ok: true; normalized: string }
  | { ok: false; reason: 'format' | 'country' | 'checksum' };

// Body after the two-letter prefix, per VIES (EU), the Swiss UID register (CH) and HMRC (GB, XI).
const FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  // Two key characters (digits, or letters without I and O) before the nine-digit SIREN.
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  CH: /^E\d{9}$/,
  GB: /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
  XI: /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
};

const digitsOf = (s: string): number[] => [...s].map(Number);

// ISO 7064 MOD 11,10 over all but the last digit (DE USt-IdNr., HR OIB).
function iso7064Mod11_10(body: string): boolean {
  const d = digitsOf(body);
  let product = 10;
  for (const digit of d.slice(0, -1)) {
    let sum = (digit + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = (11 - product) % 10;
  return check === d.at(-1);
}

function luhnSum(body: string): number {
  return digitsOf(body)
    .reverse()
    .reduce((sum, digit, i) => {
      if (i % 2 === 0) return sum + digit;
      const doubled = digit * 2;
      return sum + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
}

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);
}

// Countries whose check digits are verified here; all others are checked for format only
// (ES, NL, GB and the rest have check digits too, with rules too irregular to be worth the risk
// of rejecting a real number — NL sole-trader numbers since 2020, for instance, follow none).
const CHECKSUMS: Record<string, (body: string) => boolean> = {
  DE: iso7064Mod11_10,
  HR: iso7064Mod11_10,
  // Luhn over the seven digits after "U", check digit = (6 - sum) mod 10 (BMF).
  AT: (b) => (((6 - (luhnSum(b.slice(1, 8)) % 10)) % 10) + 10) % 10 === Number(b[8]),
  BE: (b) => 97 - (Number(b.slice(0, 8)) % 97) === Number(b.slice(8)),
  DK: (b) => weightedSum(digitsOf(b), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  // Only the old all-digit key is a checksum over the SIREN; letter keys are format-checked.
  FR: (b) => !/^\d{2}/.test(b) || Number(b.slice(0, 2)) === Number(`${b.slice(2)}12`) % 97,
  IT: (b) => luhnSum(b) % 10 === 0,
  LU: (b) => Number(b.slice(0, 6)) % 89 === Number(b.slice(6)),
  PL: (b) => weightedSum(digitsOf(b), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(b[9]),
  // Swiss UID: MOD 11 with weights 5432765 4; a remainder giving check 10 is never issued.
  CH: (b) => {
    const check = (11 - (weightedSum(digitsOf(b.slice(1)), [5, 4, 3, 2, 7, 6, 5, 4]) % 11)) % 11;
    return check !== 10 && check === Number(b[9]);
  },
};

// Greece's VAT prefix is EL, not its ISO code; people type GR anyway.
const PREFIX_ALIASES: Record<string, string> = { GR: 'EL' };

/** Checks the form (and where known the check digit) of a VAT id and returns its compact upper-case form. */
export function checkVatId(s: string): VatIdCheck {
  const compact = s.toUpperCase().replace(/[\s.\-/]/gu, '');
  const prefix = compact.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(prefix)) return { ok: false, reason: 'format' };
  const country = PREFIX_ALIASES[prefix] ?? prefix;
  let body = compact.slice(2);
  // "CHE-123.456.789 MWST": the suffix names the tax (MWST/TVA/IVA by language), not the number,
  // so it is dropped to let the same company compare equal whichever language it was typed in.
  if (country === 'CH') body = body.replace(/(?:MWST|TVA|IVA)$/u, '');
  // Belgian numbers had nine digits before 2005; VIES now expects them with a leading 0.
  if (country === 'BE' && /^\d{9}$/u.test(body)) body = `0${body}`;
  const format = FORMATS[country];
  if (!format) return { ok: false, reason: 'country' };
  if (!format.test(body)) return { ok: false, reason: 'format' };
  const checksum = CHECKSUMS[country];
  if (checksum && !checksum(body)) return { ok: false, reason: 'checksum' };
  return { ok: true, normalized: country + body };
}
