/**
 * Case-insensitive glob match where `*` stands for any run of characters. Hand-written rather than a
 * RegExp because patterns like `*a*a*a…` make backtracking regexes take exponential time.
 */
export function matchesWildcard(pattern: string, text: string): boolean {
  const p = fold(pattern);
  const t = fold(text);
  let pi = 0;
  let ti = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (ti < t.length) {
    if (pi < p.length && p[pi] !== '*' && p[pi] === t[ti]) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      starAt = pi++;
      resumeAt = ti;
    } else if (starAt >= 0) {
      // Let the last star swallow one more character and retry from there.
      pi = starAt + 1;
      ti = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** Case folding for comparing what users type with labels; NFC so `ü` typed either way matches. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
