// Keys for duplicate detection (M4) and umlaut-tolerant search (X1). Everything here is total:
// any string in, a value (or null) out, never an exception, because it runs over imported data.

// A deliberately loose shape check: one @, something on both sides, a dot in the domain. Strict
// RFC 5322 parsing would reject addresses people really use; here we only need a stable key.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** Normalises an e-mail address to its matching key (trimmed, lower-cased), or null if it is not one. */
export function normalizeEmail(s: string): string | null {
  // Whole address lower-cased: the local part is case-sensitive by RFC, but no mail host we care
  // about treats it so, and treating "Anna@x.de" and "anna@x.de" as different would hide duplicates.
  // IDN domains stay as typed (no punycode), so "müller.de" matches only "müller.de".
  const email = s.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) return null;
  return email;
}

interface DialingPlan {
  callingCode: string;
  // National trunk prefix dropped when the number is written nationally ("089…" → "+4989…");
  // null where the leading 0 is part of the number (Italy) or there is no trunk prefix.
  trunkPrefix: '0' | '1' | null;
}

const DIALING_PLANS: Record<string, DialingPlan> = {
  DE: { callingCode: '49', trunkPrefix: '0' },
  AT: { callingCode: '43', trunkPrefix: '0' },
  CH: { callingCode: '41', trunkPrefix: '0' },
  LI: { callingCode: '423', trunkPrefix: null },
  LU: { callingCode: '352', trunkPrefix: null },
  BE: { callingCode: '32', trunkPrefix: '0' },
  NL: { callingCode: '31', trunkPrefix: '0' },
  FR: { callingCode: '33', trunkPrefix: '0' },
  IT: { callingCode: '39', trunkPrefix: null },
  ES: { callingCode: '34', trunkPrefix: null },
  PT: { callingCode: '351', trunkPrefix: null },
  PL: { callingCode: '48', trunkPrefix: null },
  CZ: { callingCode: '420', trunkPrefix: null },
  DK: { callingCode: '45', trunkPrefix: null },
  SE: { callingCode: '46', trunkPrefix: '0' },
  NO: { callingCode: '47', trunkPrefix: null },
  FI: { callingCode: '358', trunkPrefix: '0' },
  GB: { callingCode: '44', trunkPrefix: '0' },
  IE: { callingCode: '353', trunkPrefix: '0' },
  US: { callingCode: '1', trunkPrefix: '1' },
  CA: { callingCode: '1', trunkPrefix: '1' },
};

// Calling codes whose trunk 0 people wrongly keep after the country code ("+49 089 …").
const TRUNK_ZERO_CODES = [
  ...new Set(
    Object.values(DIALING_PLANS)
      .filter((p) => p.trunkPrefix === '0')
      .map((p) => p.callingCode),
  ),
];

// Words that introduce an extension; treated like the German "-78" Durchwahl separator.
const EXTENSION_MARKER = /\s*(?:ext\.?|x|dw\.?|durchwahl)\s*/giu;
const PHONE_SHAPE = /^\+?[\d\s()\-./]+$/u;

/** Normalises a phone number to E.164-like "+<digits>" for matching, or null if it cannot be one. */
export function normalizePhone(s: string, defaultCountry = 'DE'): string | null {
  // "(0)" is the German/Swiss way of writing the trunk prefix inside an international number.
  const cleaned = s
    .trim()
    .replace(/\(\s*0\s*\)/gu, '')
    .replace(EXTENSION_MARKER, '-');
  // Any other letters mean this is not a phone number (an IBAN, a note); refusing beats guessing.
  if (!PHONE_SHAPE.test(cleaned)) return null;
  // An extension stays part of the number: in Germany "089 123456-78" is dialled as one number,
  // so dropping it would make two people at one company look like duplicates.
  let digits = cleaned.replace(/\D/gu, '');
  if (digits.length < 5) return null;

  if (cleaned.startsWith('+') || digits.startsWith('00')) {
    if (!cleaned.startsWith('+')) digits = digits.slice(2);
    for (const code of TRUNK_ZERO_CODES) {
      if (digits.startsWith(`${code}0`)) {
        digits = code + digits.slice(code.length + 1);
        break;
      }
    }
    return digits.length >= 5 ? `+${digits}` : null;
  }

  const plan = DIALING_PLANS[defaultCountry.trim().toUpperCase()];
  // Without a known country a national number has no calling code; no key beats a wrong one.
  if (!plan) return null;
  if (plan.trunkPrefix === '1') {
    // NANP: 10 national digits, optionally written with a leading 1.
    if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  } else if (plan.trunkPrefix === '0' && digits.startsWith('0')) {
    digits = digits.slice(1);
  }
  return `+${plan.callingCode}${digits}`;
}

// Letters NFKD does not decompose into a base letter plus a combining mark.
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  // NFKD leaves a modifier apostrophe from "ŉ" and a middle dot from "ŀ"; neither is a letter.
  ʼ: '',
  '·': '',
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'gu');
const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const PLAIN_FOLDS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
const COMBINING_MARKS = /\p{M}/gu;

function fold(s: string, umlauts: Record<string, string>): string {
  // NFC first so a decomposed "u + ̈" is recognised as ü; lower-case before the umlaut table so
  // Ä/Ö/Ü/ẞ need no entries of their own.
  const lower = s.normalize('NFC').toLowerCase();
  const umlautsFolded = lower.replace(/[äöüß]/gu, (c) => umlauts[c] ?? c);
  // NFKD can yield capitals from compatibility characters ("ᴭ" → "Æ"), and lower-casing can yield
  // combining marks ("İ" → "i̇"), so lower-case and strip once more before the table; without
  // that second round the result would not be a fixed point (folding would not be idempotent).
  return umlautsFolded
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE_PATTERN, (c) => UNDECOMPOSABLE[c] ?? c);
}

/** Lower-cases and folds German umlauts to their two-letter forms (ä→ae, ß→ss), then strips other diacritics. */
export function foldGerman(s: string): string {
  return fold(s, GERMAN_FOLDS);
}

/** Lower-cases and strips all diacritics (ä→a, é→e, ł→l; ß→ss), as database unaccent functions do. */
export function stripDiacritics(s: string): string {
  return fold(s, PLAIN_FOLDS);
}

/** Returns the distinct search forms of a text (German-folded and diacritics-stripped) to index or query. */
export function searchKeys(s: string): string[] {
  // An index row stores both forms and a query is expanded to both: "Müller" yields mueller and
  // muller, so "Mueller" and "Muller" each find it, and a "Müller" query finds either spelling.
  // "Mueller" and "Muller" do not match each other: without an umlaut in the text there is no
  // telling whether "ue" stood for ü; typo tolerance (trigram search) covers that case.
  return [...new Set([foldGerman(s), stripDiacritics(s)])];
}

/** Splits a text into lower-cased words (letters and digits) for prefix search, dropping punctuation. */
export function tokenizeForSearch(s: string): string[] {
  // Combining marks stay inside a word so "Mu\u0308ller" is one token, not "Mu" + "ller".
  return s
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((t) => t.length > 0);
}
