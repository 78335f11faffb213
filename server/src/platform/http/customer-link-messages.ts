import type { Text } from './messages.js';

/** Problem texts of the customer link (issue 5): the CRM side and the public page. */
export const CUSTOMER_LINK_DETAILS = {
  // One text for a wrong, revoked and expired token alike: the page reveals nothing about which.
  'customer-link-invalid': {
    de: 'Dieser Link ist ungültig oder abgelaufen. Bitte wenden Sie sich an Ihren Ansprechpartner.',
    en: 'This link is invalid or has expired. Please contact your account manager.',
  },
  'customer-link-not-found': {
    de: 'Diesen Kundenlink gibt es nicht.',
    en: 'This customer link does not exist.',
  },
  'quotation-not-open-for-link': {
    de: 'Nur ein versendetes, offenes Angebot kann per Link geteilt werden.',
    en: 'Only a submitted, open quotation can be shared by link.',
  },
  'customer-link-expiry': {
    de: 'Das Ablaufdatum muss nach heute und höchstens 180 Tage in der Zukunft liegen.',
    en: 'The expiry date must be after today and at most 180 days ahead.',
  },
  'quotation-no-longer-acceptable': {
    de: 'Dieses Angebot kann nicht mehr angenommen werden. Bitte wenden Sie sich an Ihren Ansprechpartner.',
    en: 'This quotation can no longer be accepted. Please contact your account manager.',
  },
} satisfies Record<string, Text>;
