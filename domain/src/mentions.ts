import { foldGerman } from './normalize.js';

/** A user who can be mentioned in a note (X7): `@` followed by their full name. */
export interface Mentionable {
  id: string;
  name: string;
}

// Closing block tags and line breaks end a line (a name never runs on into the next paragraph);
// other tags (bold, links) may sit inside a word.
const BLOCK_BREAK = /<\/(?:p|li|h[1-6]|blockquote|pre|div|ul|ol)\s*>|<br\s*\/?>/giu;
const ANY_TAG = /<[^>]*>/gu;
const MENTION_SPAN = /<span\b[^>]*?\bdata-mention\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/giu;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The ids of the users a note mentions: `@Full Name` in its text (case-insensitive and
 * German-folded, so "@jürgen müller" and "@Juergen Mueller" both name Jürgen Müller; the longest
 * name that fits wins, and a letter or digit right after it means another word, so "@Annabel"
 * does not mention Anna), and `<span data-mention="<id>">` elements the editor inserts. Only ids
 * of the given users come back. An `@` right after a letter or digit is an e-mail address, not a
 * mention.
 */
export function mentionedUserIds(
  html: string | null | undefined,
  users: readonly Mentionable[],
): Set<string> {
  const found = new Set<string>();
  if (!html) return found;
  const known = new Set(users.map((user) => user.id));
  for (const match of html.matchAll(MENTION_SPAN)) {
    const id = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (known.has(id)) found.add(id);
  }
  const text = foldText(htmlText(html));
  if (!text.includes('@')) return found;
  const names = foldedNames(users);
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD_CHAR.test(text.charAt(at - 1))) continue;
    const longest = names.find(({ name }) => mentionsAt(text, at + 1, name));
    if (!longest) continue;
    // Namesakes share the mention: the note cannot tell them apart, so each of them is told.
    for (const user of names) if (user.name === longest.name) found.add(user.id);
  }
  return found;
}

/** The text a person reads in the HTML: tags removed, entities decoded, one line per block. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(BLOCK_BREAK, '\n').replace(ANY_TAG, ''))
    .split(/\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function mentionsAt(text: string, start: number, name: string): boolean {
  if (!text.startsWith(name, start)) return false;
  const next = text.charAt(start + name.length);
  return next === '' || !WORD_CHAR.test(next);
}

/** The users' folded names, longest first, so the first that fits is the longest. */
function foldedNames(users: readonly Mentionable[]): Mentionable[] {
  return users
    .map((user) => ({ id: user.id, name: foldText(user.name) }))
    .filter((user) => user.name !== '')
    .sort((a, b) => b.name.length - a.name.length);
}

/** Folded, with runs of white space inside a line made one space (names are one line). */
function foldText(text: string): string {
  return foldGerman(text)
    .replace(/[^\S\n]+/gu, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/giu, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
