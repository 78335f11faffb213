import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

// Noto Sans, embedded as a subset of the glyphs used: PDF's standard Helvetica encodes only
// Windows-1252, which garbles names customers really have — Łukasz, Dvořák, Şahin, Ελένη. The
// font files come with an npm package; nothing is downloaded.

const require = createRequire(import.meta.url);

/** The names the renderer draws text with, registered on every document. */
export const FONT = { regular: 'NotoSans', bold: 'NotoSans-Bold' } as const;

// Parsed once per process and shared by all documents (PDFKit takes a fontkit font as it is and
// keeps each document's subset apart): parsing the font tables per PDF tripled the render time.
let fonts: { regular: Font; bold: Font } | undefined;

function load(file: string): Font {
  const font = create(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  fonts ??= {
    regular: load('400Regular/NotoSans_400Regular.ttf'),
    bold: load('700Bold/NotoSans_700Bold.ttf'),
  };
  // @types/pdfkit lists only files and buffers, but PDFKit accepts a fontkit font (font-factory).
  doc.registerFont(FONT.regular, fonts.regular as unknown as Buffer);
  doc.registerFont(FONT.bold, fonts.bold as unknown as Buffer);
}
