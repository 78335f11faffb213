import { LANGUAGES } from '@kontor/domain/users';
import type { CardNote } from './card-messages.js';
import { countryCode } from './countries.js';
import { salutationOfGender, splitPrefix, splitStreet } from './names.js';
import { addressTypeOf, emailTypeOf, phoneTypeOf, preference, typeList } from './type-params.js';

/** A property as ical.js parses it (jCard): name, parameters, value type, value(s). */
export type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** What one card says about a contact, before it is checked against the contact schema. */
export interface CardDraft {
  /** The Kontor id when the card came from Kontor (UID `urn:uuid:<id>`), else the client's UID. */
  uid: string | null;
  displayName: string;
  /** Contact fields in the create/update shape; only those the card carries. */
  fields: Record<string, unknown>;
  organization: { name: string; department: string | null; position: string | null } | null;
  notes: CardNote[];
  /** Set when the card cannot become a contact at all. */
  refusal: CardNote | null;
}

/** Maps one parsed vCard (3.0 or 4.0) to contact fields; unknown properties are ignored. */
export function cardToDraft(properties: JCardProperty[]): CardDraft {
  const all = (name: string) => properties.filter((p) => p[0] === name);
  const first = (name: string) => all(name)[0];
  const text = (name: string) => textOf(first(name)?.[3]);
  const notes: CardNote[] = [];
  const fn = text('fn');
  const n = parts(first('n')?.[3]);
  const prefix = splitPrefix(n[3] ?? '');
  const names = personName(n, fn);
  const displayName = fn || [names.firstName, names.lastName].filter(Boolean).join(' ');
  const draft: CardDraft = {
    uid: uidOf(text('uid')),
    displayName,
    fields: { ...names },
    organization: null,
    notes,
    refusal: null,
  };
  // Only what the card says: an update must not clear a salutation the card simply lacks.
  const salutation = prefix.salutation ?? salutationOfGender(text('gender'));
  if (salutation) draft.fields.salutation = salutation;
  if (prefix.title) draft.fields.title = prefix.title;
  if (isCompanyCard(text('kind'), text('x-abshowas'))) draft.refusal = { code: 'not-a-person' };
  else if (!names.lastName) draft.refusal = { code: 'no-name' };

  const org = parts(first('org')?.[3]);
  if (org[0]) {
    draft.organization = { name: org[0], department: org[1] || null, position: text('title') || null };
  }
  const labels = groupLabels(properties);
  const ranked = (name: string) =>
    all(name)
      .map((p) => ({ p, types: [...typeList(p[1].type), ...(labels.get(String(p[1].group)) ?? [])] }))
      .sort((a, b) => preference(a.types, a.p[1].pref) - preference(b.types, b.p[1].pref));
  const emails = ranked('email').map(({ p, types }) => ({ type: emailTypeOf(types), address: textOf(p[3]) }));
  const phones = ranked('tel').map(({ p, types }) => ({
    type: phoneTypeOf(types),
    number: textOf(p[3]).replace(/^tel:/i, ''),
  }));
  if (emails.length > 0) draft.fields.emails = emails;
  if (phones.length > 0) draft.fields.phones = phones;
  const addresses = all('adr').map((p) => address(p, notes));
  if (addresses.length > 0) draft.fields.addresses = addresses;
  const birthday = birthdayOf(first('bday'));
  if (birthday.value) draft.fields.birthday = birthday.value;
  else if (birthday.raw) notes.push({ code: 'birthday-ignored', params: { value: birthday.raw } });
  const language = text('lang').slice(0, 2).toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(language)) draft.fields.language = language;
  const tags = all('categories')
    .flatMap((p) => p.slice(3).map(textOf))
    // A Kontor tag cannot hold a comma (tags are stored as a comma-separated set).
    .map((tag) => tag.replaceAll(',', ' ').trim())
    .filter(Boolean);
  if (tags.length > 0) draft.fields.tags = [...new Set(tags)];
  return draft;
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  return value === undefined || value === null ? '' : String(value).trim();
}

/** The components of a structured value (N, ADR, ORG); a component holding a list is joined. */
function parts(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map(textOf);
}

/** N's family and given name; without them the formatted name is split at its last space. */
function personName(n: string[], fn: string): { lastName: string; firstName: string | null } {
  if (n[0]) return { lastName: n[0], firstName: n[1] || null };
  if (n[1]) return { lastName: n[1], firstName: null };
  const words = fn.split(/\s+/).filter(Boolean);
  const lastName = words.pop() ?? '';
  return { lastName, firstName: words.join(' ') || null };
}

/** Kontor writes `urn:uuid:<id>`; other clients' UIDs are kept as they are and match no Kontor id. */
function uidOf(uid: string): string | null {
  return uid ? uid.replace(/^urn:uuid:/i, '') : null;
}

function isCompanyCard(kind: string, showAs: string): boolean {
  return kind.toLowerCase() === 'org' || showAs.toUpperCase() === 'COMPANY';
}

/** Apple's `itemN.X-ABLabel:_$!<HomeFAX>!$_` names the type of the property in group itemN. */
function groupLabels(properties: JCardProperty[]): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const p of properties) {
    if (p[0] !== 'x-ablabel' || !p[1].group) continue;
    const label = textOf(p[3]).toLowerCase();
    const types = [
      ...(label.includes('fax') ? ['fax'] : []),
      ...(label.includes('mobile') || label.includes('iphone') ? ['cell'] : []),
      ...(label.includes('home') ? ['home'] : []),
      ...(label.includes('work') ? ['work'] : []),
    ];
    labels.set(String(p[1].group), types);
  }
  return labels;
}

function address(p: JCardProperty, notes: CardNote[]) {
  const [poBox, extended, streetLine, city, , postalCode, country] = parts(p[3]);
  const countryText = country ?? '';
  const code = countryText ? countryCode(countryText) : 'DE';
  if (!code) notes.push({ code: 'country-unknown', params: { value: countryText } });
  return {
    type: addressTypeOf(typeList(p[1].type)),
    ...splitStreet(streetLine ?? ''),
    addressLine2: extended || null,
    poBox: poBox || null,
    postalCode: postalCode || null,
    city: city || null,
    countryCode: code ?? 'DE',
  };
}

/**
 * A full calendar date from BDAY in any of the spellings clients use (1970-03-15, 19700315,
 * with a time); Apple marks a birthday without year by the year in X-APPLE-OMIT-YEAR.
 */
function birthdayOf(p: JCardProperty | undefined): { value: string | null; raw: string } {
  const raw = textOf(p?.[3]);
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(raw);
  if (!p || !match || match[1] === String(p[1]['x-apple-omit-year'])) return { value: null, raw };
  const value = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${value}T00:00:00Z`);
  const valid = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  return { value: valid ? value : null, raw };
}
