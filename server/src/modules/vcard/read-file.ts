import ICAL from 'ical.js';
import { AppError } from '../../platform/http/problem.js';
import type { JCardProperty } from './card-to-contact.js';
import type { VcardVersion } from './type-params.js';

export const MAX_CARDS = 5000;

export interface ParsedCard {
  /** The line of `BEGIN:VCARD`, counted from 1, for messages about this card. */
  line: number;
  version: VcardVersion;
  properties: JCardProperty[];
}

/**
 * Splits an uploaded .vcf into its cards and lets ical.js parse each one (unfolding, unescaping,
 * both versions). Anything that is not a well-formed 3.0 or 4.0 card is a 400 naming the line,
 * so the user can fix the file; nothing of the file is imported then.
 */
export function readVcardFile(body: Buffer): ParsedCard[] {
  const text = decode(body);
  if (text.includes('\u0000')) throw new AppError(400, 'nul-character');
  const lines = text.split(/\r\n|\n|\r/);
  const cards: ParsedCard[] = [];
  let start = -1;
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim().toUpperCase();
    if (start < 0) {
      if (trimmed === 'BEGIN:VCARD') start = index;
      else if (trimmed !== '') throw malformed(index + 1);
    } else if (trimmed === 'END:VCARD') {
      if (cards.length === MAX_CARDS)
        throw new AppError(400, 'vcard-too-many-cards', { params: { max: MAX_CARDS } });
      cards.push(parseCard(lines.slice(start, index + 1), start + 1));
      start = -1;
    } else if (trimmed === 'BEGIN:VCARD') {
      throw malformed(index + 1);
    }
  }
  if (start >= 0) throw new AppError(400, 'vcard-unterminated', { params: { line: start + 1 } });
  if (cards.length === 0) throw new AppError(400, 'vcard-empty');
  return cards;
}

/** UTF-8 as vCard 4.0 requires; older exports from Windows programs arrive as Windows-1252. */
function decode(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

function parseCard(lines: string[], firstLine: number): ParsedCard {
  const versionIndex = lines.findIndex((line) => /^version:/i.test(line));
  const version = versionIndex < 0 ? '' : (lines[versionIndex] as string).slice(8).trim();
  if (version !== '3.0' && version !== '4.0') {
    throw new AppError(400, 'vcard-version-unsupported', {
      params: { version: version || '–', line: firstLine + Math.max(versionIndex, 0) },
    });
  }
  try {
    const [name, properties] = parseKeepingBackslashes(lines.join('\r\n')) as [string, JCardProperty[]];
    if (name !== 'vcard') throw malformed(firstLine);
    return { line: firstLine, version, properties };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformed(firstLine + faultyLine(lines, version));
  }
}

/**
 * ical.js 2.2 splits structured values (N, ADR, ORG) and lists (CATEGORIES) at any `;` or `,`
 * after a backslash, even an escaped one, so `N:a\\;b` (a name ending in a backslash) loses a
 * separator. While ical.js parses, escaped backslashes wait as a stand-in character; lines are
 * unfolded first so no escape pair is cut in two.
 */
const STAND_IN = '\uFDD0';

function parseKeepingBackslashes(card: string): unknown {
  const unfolded = card.replace(/\r\n[ \t]/g, '');
  if (!unfolded.includes('\\\\') || unfolded.includes(STAND_IN)) return ICAL.parse(unfolded);
  return restoreBackslashes(ICAL.parse(unfolded.replaceAll('\\\\', STAND_IN)));
}

function restoreBackslashes(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll(STAND_IN, '\\');
  if (Array.isArray(value)) return value.map(restoreBackslashes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, restoreBackslashes(inner)]));
  }
  return value;
}

/**
 * ical.js names the faulty content but not where it is: parse the card's logical lines one by
 * one (continuation lines belong to the line above) and report the first one that fails.
 */
function faultyLine(lines: string[], version: string): number {
  for (let index = 1; index < lines.length - 1; index++) {
    if (/^[ \t]/.test(lines[index] as string)) continue;
    let end = index + 1;
    while (end < lines.length - 1 && /^[ \t]/.test(lines[end] as string)) end++;
    const logical = lines.slice(index, end).join('\r\n');
    try {
      ICAL.parse(`BEGIN:VCARD\r\nVERSION:${version}\r\n${logical}\r\nEND:VCARD`);
    } catch {
      return index;
    }
  }
  return 0;
}

const malformed = (line: number) => new AppError(400, 'vcard-malformed', { params: { line } });
