/**
 * Cell text as spreadsheets write it, read into values: German and ISO dates and numbers,
 * yes/no in both languages, lists separated by commas or semicolons. `undefined` = unreadable.
 */

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr']);
const NO = new Set(['nein', 'n', 'no', '0', 'false', 'falsch']);

export function readBoolean(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** 31.12.1980, 31.12.80 is refused (century unknown), 1980-12-31, 12/31/1980 is refused (order unknown). */
export function readDate(text: string): string | undefined {
  const value = text.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  const [year, month, day] = german
    ? [Number(german[3]), Number(german[2]), Number(german[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!year) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  if (year < 1800 || year > 2200) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "1.234,56" and "1234,56" (German), "1,234.56" and "1234.56" (English), with or without €.
 * With both marks the later one is the decimal mark; a lone "." followed by exactly three
 * digits groups thousands, as German spreadsheets write it.
 */
export function readNumber(text: string): number | undefined {
  let value = text.trim().replace(/\s|€|EUR/gi, '');
  if (!/^-?[\d.,]+$/.test(value) || !/\d/.test(value)) return undefined;
  const comma = value.lastIndexOf(',');
  const dot = value.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const decimal = comma > dot ? ',' : '.';
    value = value.replaceAll(decimal === ',' ? '.' : ',', '').replace(decimal, '.');
  } else if (comma >= 0) {
    if (value.indexOf(',') !== comma) return undefined;
    value = value.replace(',', '.');
  } else if (dot >= 0 && /^-?\d{1,3}(\.\d{3})+$/.test(value)) {
    value = value.replaceAll('.', '');
  }
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A list cell ("VIP, Messe 2024" or "VIP; Messe"): trimmed, empty parts dropped, each once. */
export function readList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;|]/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Hauptstraße 12a" → street and house number, when no separate house number column exists. */
export function splitStreet(text: string): { street: string; houseNumber: string | null } {
  const match = /^(.*\D)\s+(\d+\s?[a-zA-Z]?(?:\s?[-/]\s?\d+\s?[a-zA-Z]?)?)$/.exec(text.trim());
  return match
    ? { street: (match[1] as string).trim(), houseNumber: match[2] as string }
    : { street: text.trim(), houseNumber: null };
}

/** "Müller, Anna" or "Anna Müller" → first and last name. */
export function splitFullName(text: string): { firstName: string | null; lastName: string } {
  const value = text.trim().replace(/\s+/g, ' ');
  const comma = value.indexOf(',');
  if (comma > 0)
    return { lastName: value.slice(0, comma).trim(), firstName: value.slice(comma + 1).trim() || null };
  const space = value.lastIndexOf(' ');
  if (space < 0) return { firstName: null, lastName: value };
  return { firstName: value.slice(0, space), lastName: value.slice(space + 1) };
}

/** An option chosen by its value or by any of its labels, case and umlauts aside. */
export function readChoice<T extends string>(
  text: string,
  options: readonly { value: T; names: readonly string[] }[],
): T | undefined {
  const key = text.trim().toLowerCase();
  return options.find(
    (option) => option.value.toLowerCase() === key || option.names.some((n) => n.toLowerCase() === key),
  )?.value;
}
