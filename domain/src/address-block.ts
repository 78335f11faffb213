// The recipient lines of a letter's address field (Anschriftfeld) in DIN 5008:2020 form, for
// domestic and international mail. The return-address line and the remark zone are not modelled.

export interface AddressBlockInput {
  organizationName?: string;
  organizationName2?: string;
  department?: string;
  salutation?: 'herr' | 'frau' | 'divers' | null;
  title?: string;
  firstName?: string;
  lastName?: string;
  street?: string;
  houseNumber?: string;
  poBox?: string;
  addressLine2?: string;
  postalCode?: string;
  city?: string;
  // State, province or county; only printed where the destination's post needs it (US, CA, AU).
  region?: string;
  // ISO 3166-1 alpha-2; empty means Germany.
  countryCode?: string;
}

export interface AddressBlockOptions {
  senderCountry?: string;
  language?: 'de' | 'en';
}

/** DIN 5008 leaves room for six recipient lines in the address field. */
export const MAX_ADDRESS_LINES = 6;

type LocalityStyle =
  | 'postcode-city' // "80331 München" (most of Europe; the default)
  | 'city-then-postcode-line' // GB, IE: post town, then the postcode on its own line
  | 'city-region-postcode'; // US, CA, AU: "SPRINGFIELD IL 62701"

const LOCALITY_STYLES: Record<string, LocalityStyle> = {
  GB: 'city-then-postcode-line',
  IE: 'city-then-postcode-line',
  US: 'city-region-postcode',
  CA: 'city-region-postcode',
  AU: 'city-region-postcode',
};

// Where the house number is written before the street name ("10 Downing Street").
const NUMBER_FIRST = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'FR', 'LU']);

// Post-box label in the destination's language, so its post office reads it; "PO Box" otherwise.
const PO_BOX_LABELS: Record<string, string> = {
  DE: 'Postfach',
  AT: 'Postfach',
  CH: 'Postfach',
  LI: 'Postfach',
  FR: 'BP',
  BE: 'BP',
  LU: 'BP',
  NL: 'Postbus',
  IT: 'Casella postale',
  ES: 'Apartado',
  PL: 'Skrytka pocztowa',
  DK: 'Postboks',
  NO: 'Postboks',
  SE: 'Box',
};

// Country names as the sender's post expects them; Intl covers countries missing here.
const COUNTRY_NAMES: Record<string, { de: string; en: string }> = {
  DE: { de: 'Deutschland', en: 'Germany' },
  AT: { de: 'Österreich', en: 'Austria' },
  CH: { de: 'Schweiz', en: 'Switzerland' },
  LI: { de: 'Liechtenstein', en: 'Liechtenstein' },
  FR: { de: 'Frankreich', en: 'France' },
  IT: { de: 'Italien', en: 'Italy' },
  ES: { de: 'Spanien', en: 'Spain' },
  PT: { de: 'Portugal', en: 'Portugal' },
  NL: { de: 'Niederlande', en: 'Netherlands' },
  BE: { de: 'Belgien', en: 'Belgium' },
  LU: { de: 'Luxemburg', en: 'Luxembourg' },
  PL: { de: 'Polen', en: 'Poland' },
  CZ: { de: 'Tschechien', en: 'Czechia' },
  DK: { de: 'Dänemark', en: 'Denmark' },
  SE: { de: 'Schweden', en: 'Sweden' },
  NO: { de: 'Norwegen', en: 'Norway' },
  FI: { de: 'Finnland', en: 'Finland' },
  IE: { de: 'Irland', en: 'Ireland' },
  GB: { de: 'Vereinigtes Königreich', en: 'United Kingdom' },
  US: { de: 'USA', en: 'USA' },
  CA: { de: 'Kanada', en: 'Canada' },
  AU: { de: 'Australien', en: 'Australia' },
};

const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

const SALUTATIONS = {
  de: { herr: 'Herr', frau: 'Frau' },
  en: { herr: 'Mr', frau: 'Ms' },
} as const;

// Collapses inner whitespace too: a double space from a form field has no place on an envelope.
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();
const join = (...parts: string[]): string => parts.filter((p) => p.length > 0).join(' ');

function countryCodeOf(code: string | undefined): string {
  const upper = clean(code).toUpperCase();
  return COUNTRY_ALIASES[upper] ?? (upper || 'DE');
}

function countryName(code: string, language: 'de' | 'en'): string {
  const known = COUNTRY_NAMES[code]?.[language];
  if (known) return known;
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    // Not a well-formed region code; printing it as typed is all that is left to do.
    return code;
  }
}

function personLine(input: AddressBlockInput, language: 'de' | 'en'): string {
  const firstName = clean(input.firstName);
  const lastName = clean(input.lastName);
  if (!firstName && !lastName) return '';
  const title = clean(input.title);
  const salutation =
    input.salutation === 'herr' || input.salutation === 'frau' ? SALUTATIONS[language][input.salutation] : '';
  // English usage lets an academic title replace Mr/Ms ("Dr Anna Schneider"); German keeps both.
  if (language === 'en' && title) return join(title, firstName, lastName);
  return join(salutation, title, firstName, lastName);
}

function poBoxLine(poBox: string, country: string): string {
  // Already labelled ("Postfach 12 34", "PO Box 55") — keep it as written.
  if (!/^\d[\d\s]*$/u.test(poBox)) return poBox;
  const digits = poBox.replace(/\s/gu, '');
  // Deutsche Post groups post-box numbers in pairs from the right: "Postfach 10 20 30".
  const number = country === 'DE' ? digits.replace(/\B(?=(\d{2})+$)/gu, ' ') : digits;
  return `${PO_BOX_LABELS[country] ?? 'PO Box'} ${number}`;
}

function deliveryLine(input: AddressBlockInput, country: string): string {
  // Street and post box need different postcodes; with one postcode field the post box is the
  // one the sender's post delivers to, so it wins and the street is left out.
  const poBox = clean(input.poBox);
  if (poBox) return poBoxLine(poBox, country);
  const street = clean(input.street);
  const houseNumber = clean(input.houseNumber);
  return NUMBER_FIRST.has(country) ? join(houseNumber, street) : join(street, houseNumber);
}

function localityLines(input: AddressBlockInput, country: string, foreign: boolean): string[] {
  const postalCode = clean(input.postalCode);
  const city = clean(input.city);
  const region = clean(input.region);
  const style = LOCALITY_STYLES[country] ?? 'postcode-city';
  if (style === 'city-then-postcode-line') {
    // Royal Mail and An Post want the post town and the postcode in capitals.
    return [city.toUpperCase(), postalCode.toUpperCase()];
  }
  if (style === 'city-region-postcode') return [join(city, region, postalCode).toUpperCase()];
  // Deutsche Post: on foreign mail the destination place is written in capitals.
  return [join(postalCode, foreign ? city.toUpperCase() : city)];
}

interface Line {
  kind: 'organization' | 'organization2' | 'department' | 'person' | 'delivery' | 'addressLine2' | 'other';
  text: string;
}

// Fitting into six lines, applied one at a time until the block fits; each step merges a line
// into its neighbour, so nothing is lost (the line may get long):
//   1. second organisation name joins the organisation line ("Muster GmbH & Co. KG"),
//   2. additional address line joins the street/post-box line ("Hauptstr. 5, Hinterhaus"),
//   3. department joins the organisation line ("Muster GmbH, Einkauf").
// Name, delivery, locality and country lines are never touched; at most 5 of them exist, so the
// three steps always suffice (the longest block, GB with everything, has 9 lines).
const FIT_STEPS: Array<{ merge: Line['kind']; into: Line['kind'][]; separator: string }> = [
  { merge: 'organization2', into: ['organization'], separator: ' ' },
  { merge: 'addressLine2', into: ['delivery'], separator: ', ' },
  { merge: 'department', into: ['organization', 'person'], separator: ', ' },
];

function fitLines(lines: Line[]): Line[] {
  let result = lines;
  for (const step of FIT_STEPS) {
    if (result.length <= MAX_ADDRESS_LINES) break;
    const merged = result.find((l) => l.kind === step.merge);
    const target = result.find((l) => step.into.includes(l.kind));
    if (!merged || !target) continue;
    result = result
      .filter((l) => l !== merged)
      .map((l) => (l === target ? { ...l, text: `${l.text}${step.separator}${merged.text}` } : l));
  }
  return result;
}

/** Formats the recipient lines of a DIN 5008 address field (at most six, no empty lines). */
export function formatAddressBlock(input: AddressBlockInput, options: AddressBlockOptions = {}): string[] {
  const language = options.language ?? 'de';
  const country = countryCodeOf(input.countryCode);
  const foreign = country !== countryCodeOf(options.senderCountry);

  const lines: Line[] = [
    { kind: 'organization', text: clean(input.organizationName) },
    { kind: 'organization2', text: clean(input.organizationName2) },
    { kind: 'department', text: clean(input.department) },
    { kind: 'person', text: personLine(input, language) },
    { kind: 'delivery', text: deliveryLine(input, country) },
    { kind: 'addressLine2', text: clean(input.addressLine2) },
    ...localityLines(input, country, foreign).map((text): Line => ({ kind: 'other', text })),
    { kind: 'other', text: foreign ? countryName(country, language).toUpperCase() : '' },
  ];
  return fitLines(lines.filter((l) => l.text.length > 0)).map((l) => l.text);
}
