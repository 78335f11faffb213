// Typo tolerance for the global search (X1) by symmetric deletion: two words are at most k edits
// apart only if deleting at most k letters from each gives a common string. The index stores, for
// every distinct term, its deletion keys; a query word computes its own and looks the terms up, and
// the few candidates are then checked exactly. Cheap on any database: equality lookups only.
//
// How many typos a query word may have: none below 4 letters (too many near neighbours), 1 from
// 4 letters ("Mueler" → Mueller, "Schmitt" → Schmidt), 2 from 8 letters ("Mühlheimm" → Mülheim
// in one of its spellings). An edit is an inserted, deleted or replaced letter, or two swapped
// neighbours. Typos apply to whole words; a word being typed matches by prefix only.

export const ONE_TYPO_FROM = 4;
export const TWO_TYPOS_FROM = 8;
/** Longer terms get no keys: German compounds of 25+ letters would need hundreds each. */
export const LONGEST_TYPO_TERM = 24;
const SHORTEST_TYPO_TERM = ONE_TYPO_FROM - 1;

/** How many edits a query word (index term form) may be away from a term it finds. */
export function allowedTypos(word: string): number {
  if (!/^\p{L}+$/u.test(word)) return 0;
  const length = [...word].length;
  if (length >= TWO_TYPOS_FROM) return 2;
  return length >= ONE_TYPO_FROM ? 1 : 0;
}

/** Whether an index term takes part in typo matching: letters only, of a sensible length. */
export function isTypoTerm(term: string): boolean {
  const length = [...term].length;
  return length >= SHORTEST_TYPO_TERM && length <= LONGEST_TYPO_TERM && /^\p{L}+$/u.test(term);
}

/** The term and every string made from it by deleting up to `deletions` letters. */
export function deletionKeys(term: string, deletions: number): string[] {
  const keys = new Set([term]);
  let frontier = [term];
  for (let round = 0; round < deletions; round++) {
    const next: string[] = [];
    for (const key of frontier) {
      const letters = [...key];
      for (let i = 0; i < letters.length; i++) {
        const shorter = letters.slice(0, i).join('') + letters.slice(i + 1).join('');
        if (shorter.length > 0 && !keys.has(shorter)) {
          keys.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return [...keys];
}

/**
 * The keys an index term is stored under. A term needs as many deletions as the longest query
 * that may find it has typos: terms shorter than 8 letters are reached from queries of at most
 * one typo when both have the same length, and a longer query only adds letters to delete on its side.
 */
export function indexTypoKeys(term: string): string[] {
  if (!isTypoTerm(term)) return [];
  const length = [...term].length;
  return deletionKeys(term, length >= TWO_TYPOS_FROM ? 2 : length >= ONE_TYPO_FROM ? 1 : 0);
}

/** The keys to look up for a query word (index term form); none if it may have no typos. */
export function queryTypoKeys(word: string): string[] {
  const typos = allowedTypos(word);
  return typos === 0 ? [] : deletionKeys(word, typos);
}

/**
 * Edit distance with adjacent swaps (optimal string alignment), or `max + 1` as soon as it is
 * clear the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length] as number, max + 1);
}
