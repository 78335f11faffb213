// Line breaking done here rather than by PDFKit, so the renderer knows every row's height before
// it draws it: rows are never split across pages, and a page break falls between whole lines.

/** Width of a text in points in the current font and size. */
export type Measure = (text: string) => number;

/**
 * Breaks text into lines no wider than `width`: at spaces, keeping the writer's line breaks, and
 * inside a word only when the word alone is wider than a line. Empty lines of the text are kept.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph.replace(/[\t ]+/g, ' ').trimEnd(), width, measure));
}

function wrapParagraph(paragraph: string, width: number, measure: Measure): string[] {
  if (paragraph === '') return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A word longer than a line (an URL, a long article number) is cut where it overflows.
    while (measure(line) > width && line.length > 1) {
      const cut = longestFittingPrefix(line, width, measure);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  lines.push(line);
  return lines;
}

function longestFittingPrefix(word: string, width: number, measure: Measure): number {
  // Binary search over code-unit positions; at least one character, so the loop always ends.
  let low = 1;
  let high = word.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(word.slice(0, middle)) <= width) low = middle;
    else high = middle - 1;
  }
  // Never cut between the halves of a surrogate pair.
  const code = word.charCodeAt(low - 1);
  return code >= 0xd800 && code <= 0xdbff && low > 1 ? low - 1 : low;
}
