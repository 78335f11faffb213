import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.js';

// One point per character keeps the expectations readable.
const measure = (text: string) => text.length;

describe('wrapText', () => {
  it('breaks at spaces and keeps the writer’s line breaks and empty lines', () => {
    expect(wrapText('Wartung der Anlage vor Ort', 12, measure)).toEqual(['Wartung der', 'Anlage vor', 'Ort']);
    expect(wrapText('Zeile eins\n\nZeile  drei\r\nvier', 20, measure)).toEqual([
      'Zeile eins',
      '',
      'Zeile drei',
      'vier',
    ]);
  });

  it('cuts a word only when it is wider than a whole line', () => {
    expect(wrapText('Art. Donaudampfschifffahrt', 8, measure)).toEqual([
      'Art.',
      'Donaudam',
      'pfschiff',
      'fahrt',
    ]);
  });

  it('never loses or adds a character and never exceeds the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zäöüß]{1,15}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, measure);
          expect(lines.every((line) => line.length <= width)).toBe(true);
          expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
        },
      ),
    );
  });
});
