// E-mail hosts and mobile prefixes for plausible German contact details.

export const MAIL_HOSTS = [
  'web.de',
  'gmx.de',
  't-online.de',
  'gmail.com',
  'posteo.de',
  'freenet.de',
  'outlook.de',
];

export const MOBILE_PREFIXES = [
  '151',
  '152',
  '157',
  '160',
  '162',
  '170',
  '171',
  '172',
  '175',
  '176',
  '177',
  '179',
];
