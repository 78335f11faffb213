import type { Canvas, TextStyle } from './canvas.js';
import { CONTENT_BOTTOM, CONTENT_WIDTH, CONTINUATION_TOP, LEFT } from './page-layout.js';

/** Room for content on a page after the first, from its top to the footer. */
export const FULL_PAGE_ROOM = CONTENT_BOTTOM - CONTINUATION_TOP;

/**
 * Where the next block of the letter goes, over as many pages as it takes. Blocks ask for the
 * height they need and get a new page when it does not fit; whatever runs on over pages (the
 * line table) repeats its head through `onNewPage`.
 */
export class Flow {
  /** Called after each page break, e.g. to draw the table head again. */
  onNewPage: (() => void) | null = null;

  constructor(
    readonly canvas: Canvas,
    public y: number,
  ) {}

  get room(): number {
    return CONTENT_BOTTOM - this.y;
  }

  /** Breaks the page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.room) this.newPage();
  }

  newPage(): void {
    this.canvas.doc.addPage();
    this.y = CONTINUATION_TOP;
    this.onNewPage?.();
  }

  /** Wrapped body text line by line, breaking pages between lines; `keep` lines stay together. */
  paragraph(text: string, style: TextStyle, leading: number, keep = 2): void {
    const lines = this.canvas.wrap(text, CONTENT_WIDTH, style);
    // Two lines at least together at a page break, so no paragraph starts with a lone line.
    this.ensure(Math.min(keep, lines.length) * leading);
    for (const line of lines) {
      this.ensure(leading);
      this.canvas.text(line, LEFT, this.y, style);
      this.y += leading;
    }
  }
}
