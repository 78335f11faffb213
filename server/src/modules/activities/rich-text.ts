import sanitizeHtml from 'sanitize-html';

/**
 * What a note's rich text may contain (A10): the editor's formatting, links and mentions. No
 * scripts, styles, event handlers, forms, images or frames survive, whatever the client sends;
 * links only to web, mail and phone addresses, and they open without handing over the opener.
 */
const RICH_TEXT: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'h2',
    'h3',
    'h4',
    'a',
    'span',
  ],
  allowedAttributes: { a: ['href'], span: ['data-mention'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Dropped with their content: what is inside a script or style is never text a person wrote.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
// rel and target are set by the transform above, so they must pass the filter that runs after it.
RICH_TEXT.allowedAttributes = { a: ['href', 'rel', 'target'], span: ['data-mention'] };

/** The rich text as stored: sanitised, trimmed, null when nothing is left. */
export function sanitizeRichText(html: string | null | undefined): string | null {
  if (html === null || html === undefined) return null;
  const clean = sanitizeHtml(html, RICH_TEXT).trim();
  return plainText(clean) === '' && !clean.includes('<li') ? null : clean;
}

/** The text a person reads in the rich text, for the full-text filter and previews. */
export function plainText(html: string | null): string {
  if (!html) return '';
  const text = sanitizeHtml(html.replace(/<\/(p|li|h[2-4]|blockquote|pre)>|<br\s*\/?>/gi, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe'],
  });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}
