import type { Text } from './messages.js';

/** Problem texts of leads and their conversion (S1, S5). */
export const LEAD_DETAILS = {
  'lead-not-found': { de: 'Diesen Lead gibt es nicht.', en: 'This lead does not exist.' },
  'lead-name-required': {
    de: 'Geben Sie eine Firma oder einen Nachnamen an.',
    en: 'Enter a company or a last name.',
  },
  'lead-unknown-campaign': {
    de: 'Die gewählte Kampagne gibt es nicht.',
    en: 'The chosen campaign does not exist.',
  },
  'inactive-user': {
    de: 'Als Betreuer kommt nur ein aktiver Benutzer in Frage.',
    en: 'Only an active user can be the account manager.',
  },
  'lead-in-use': {
    de: 'Zu diesem Lead gibt es bereits Chancen oder Angebote; er kann nicht gelöscht werden.',
    en: 'This lead already has opportunities or quotations and cannot be deleted.',
  },
  'lead-has-opportunity': {
    de: 'Der Lead hat bereits eine Chance und kann nicht wieder auf Offen gesetzt werden.',
    en: 'The lead already has an opportunity and cannot return to Open.',
  },
  'lead-derived-status-applies': {
    de: 'Der Status ergibt sich aus den Chancen und Angeboten des Leads und kann nicht von Hand gesetzt werden.',
    en: "The status follows from the lead's opportunities and quotations and cannot be set by hand.",
  },
  'lead-status-derived': {
    de: 'Dieser Status wird abgeleitet und kann nicht von Hand gesetzt werden.',
    en: 'This status is derived and cannot be set by hand.',
  },
  'lead-already-converted': {
    de: 'Dieser Lead wurde bereits konvertiert.',
    en: 'This lead has already been converted.',
  },
  'lead-has-no-person': {
    de: 'Der Lead hat keinen Nachnamen; legen Sie keinen Kontakt an oder wählen Sie einen vorhandenen.',
    en: 'The lead has no last name; create no contact or choose an existing one.',
  },
  'conversion-duplicate-organization': {
    de: 'Es gibt bereits eine ähnliche Organisation ({candidates}). Wählen Sie sie aus oder bestätigen Sie, dass es keine Dublette ist.',
    en: 'A similar organisation already exists ({candidates}). Choose it or confirm that it is not a duplicate.',
  },
  'conversion-duplicate-contact': {
    de: 'Es gibt bereits einen ähnlichen Kontakt ({candidates}). Wählen Sie ihn aus oder bestätigen Sie, dass es keine Dublette ist.',
    en: 'A similar contact already exists ({candidates}). Choose it or confirm that it is not a duplicate.',
  },
  'conversion-unknown-contact': {
    de: 'Den gewählten Kontakt gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'The chosen contact does not exist or you may not see it.',
  },
  'conversion-unknown-stage': {
    de: 'Die gewählte Phase gibt es nicht.',
    en: 'The chosen pipeline stage does not exist.',
  },
} satisfies Record<string, Text>;
