import type { Language } from '@kontor/domain/users';

/**
 * The language of a response: the logged-in user's choice, else the browser's first
 * preference (English for any `en` tag), else German.
 */
export function responseLanguage(
  userLanguage: Language | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (userLanguage) return userLanguage;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'de';
}
