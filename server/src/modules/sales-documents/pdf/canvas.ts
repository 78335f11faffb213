import { FONT } from './fonts.js';
import { wrapText } from './wrap.js';

export interface TextStyle {
  bold?: boolean;
  size: number;
  color?: string;
}

/** A single-line text that fits a width: the size it got, or several lines at the smallest size. */
export interface Fitted {
  lines: string[];
  size: number;
}

/**
 * The few drawing operations the renderer needs, on absolute positions. Text is always drawn
 * without PDFKit's own line breaking, which would add pages by itself; wrapping is wrap.ts's.
 */
export class Canvas {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  measure(text: string, style: TextStyle): number {
    return this.use(style).widthOfString(text);
  }

  /** Draws one line with its top at y; `right` aligns its end there instead of starting at x. */
  text(text: string, x: number, y: number, style: TextStyle, align: 'left' | 'right' = 'left'): void {
    if (text === '') return;
    const doc = this.use(style);
    const left = align === 'right' ? x - doc.widthOfString(text) : x;
    doc.fillColor(style.color ?? 'black').text(text, left, y, { lineBreak: false });
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, width, (line) => this.measure(line, style));
  }

  /** The largest size from the style's down to `minSize`, in half points, at which text fits width. */
  fitSize(text: string, width: number, style: TextStyle, minSize: number): number {
    let size = style.size;
    while (size > minSize && this.measure(text, { ...style, size }) > width) size -= 0.5;
    return size;
  }

  /**
   * Keeps a value such as an amount on one line by making it smaller, down to `minSize`; only a
   * text too long even then is wrapped. Columns stay narrow without cutting numbers apart.
   */
  fit(text: string, width: number, style: TextStyle, minSize: number): Fitted {
    const size = this.fitSize(text, width, style, minSize);
    const sized = { ...style, size };
    return { lines: this.measure(text, sized) > width ? this.wrap(text, width, sized) : [text], size };
  }

  rule(x1: number, y1: number, x2: number, y2: number, color: string, width = 0.5): void {
    this.doc.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke().restore();
  }

  private use(style: TextStyle): PDFKit.PDFDocument {
    return this.doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size);
  }
}
