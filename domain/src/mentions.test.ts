import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlText, mentionedUserIds } from './mentions.js';

const anna = { id: 'u-anna', name: 'Anna Berg' };
const annaShort = { id: 'u-ann', name: 'Anna' };
const juergen = { id: 'u-juergen', name: 'Jürgen Müller' };
const users = [anna, annaShort, juergen];

const ids = (html: string | null) => [...mentionedUserIds(html, users)].sort();

describe('mentionedUserIds', () => {
  it('finds @Full Name case-insensitively and German-folded', () => {
    expect(ids('<p>Bitte @jürgen müller anrufen</p>')).toEqual(['u-juergen']);
    expect(ids('<p>Bitte @Juergen Mueller anrufen</p>')).toEqual(['u-juergen']);
    expect(ids('<p>@JÜRGEN MÜLLER: erledigt?</p>')).toEqual(['u-juergen']);
  });

  it('lets the longest name win and needs a word boundary after it', () => {
    expect(ids('<p>@Anna Berg übernimmt</p>')).toEqual(['u-anna']);
    expect(ids('<p>@Anna Bergmann übernimmt</p>')).toEqual(['u-ann']);
    expect(ids('<p>@Annabel übernimmt</p>')).toEqual([]);
  });

  it('reads the text, not the markup: tags inside a name are fine, attributes are no text', () => {
    expect(ids('<p>@<strong>Anna</strong> Berg</p>')).toEqual(['u-anna']);
    expect(ids('<p><a href="https://x.de/@Anna">Link</a></p>')).toEqual([]);
    expect(ids('<p>@Anna</p><p>Berg</p>')).toEqual(['u-ann']);
    expect(ids('<p>@Anna&nbsp;Berg</p>')).toEqual(['u-anna']);
  });

  it('takes an @ after a letter or digit for an e-mail address', () => {
    expect(ids('<p>Schreiben an info@Anna Berg</p>')).toEqual([]);
    expect(ids('<p>(@Anna Berg)</p>')).toEqual(['u-anna']);
  });

  it('takes the ids of data-mention spans, known users only', () => {
    expect(
      ids('<p><span data-mention="u-juergen">Jürgen</span> und <span data-mention="fremd">X</span></p>'),
    ).toEqual(['u-juergen']);
    expect(ids("<span data-mention='u-anna'>@A</span>")).toEqual(['u-anna']);
  });

  it('tells namesakes alike', () => {
    const twin = { id: 'u-anna-2', name: 'anna berg' };
    expect([...mentionedUserIds('<p>@Anna Berg</p>', [anna, twin])].sort()).toEqual(['u-anna', 'u-anna-2']);
  });

  it('finds nothing in empty bodies', () => {
    expect(ids(null)).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('mentions, properties', () => {
  // Names as people write them: one to three words of letters, umlauts included.
  const word = fc
    .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüßéABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ'), {
      minLength: 2,
      maxLength: 8,
    })
    .map((chars) => chars.join(''));
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
  const filler = fc.string({ maxLength: 30 }).map((s) => s.replace(/[<>&@]/g, ' '));

  it('never throws and returns only known ids, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(name, { maxLength: 4 }), (html, names) => {
        const people = names.map((n, i) => ({ id: `u${i}`, name: n }));
        const found = mentionedUserIds(html, people);
        for (const id of found) expect(people.some((p) => p.id === id)).toBe(true);
      }),
    );
  });

  it('finds @name followed by a non-letter, in any case', () => {
    fc.assert(
      fc.property(name, filler, filler, fc.boolean(), (n, before, after, upper) => {
        const written = upper ? n.toUpperCase() : n.toLowerCase();
        const html = `<p>${before} @${written}. ${after}</p>`;
        expect(mentionedUserIds(html, [{ id: 'u', name: n }]).has('u')).toBe(true);
      }),
    );
  });

  it('does not find a name that goes on with a letter', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(mentionedUserIds(`<p>@${n}x</p>`, [{ id: 'u', name: n }]).size).toBe(0);
      }),
    );
  });

  it('finds nothing in a text without @ or mention spans', () => {
    fc.assert(
      fc.property(filler, fc.array(name, { maxLength: 4 }), (text, names) => {
        const people = names.map((n, i) => ({ id: `u${i}`, name: n }));
        expect(mentionedUserIds(`<p>${text}</p>`, people).size).toBe(0);
      }),
    );
  });

  it('of two names where one extends the other, @ the longer one mentions only its owner', () => {
    fc.assert(
      fc.property(name, word, (short, more) => {
        const long = `${short} ${more}`;
        const found = mentionedUserIds(`<p>@${long}</p>`, [
          { id: 'short', name: short },
          { id: 'long', name: long },
        ]);
        expect([...found]).toEqual(['long']);
      }),
    );
  });
});

describe('htmlText', () => {
  it('separates blocks and decodes entities', () => {
    expect(htmlText('<p>A&amp;B</p><p>C&#252;&#xFC;</p>')).toBe('A&B\nCüü');
  });
});
