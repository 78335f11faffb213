import type { Text } from './messages.js';

/** Problem texts of opportunities (S2), their board and the pipeline settings (stages, lost reasons). */
export const OPPORTUNITY_DETAILS = {
  'opportunity-not-found': {
    de: 'Diese Chance gibt es nicht oder Sie dürfen sie nicht sehen.',
    en: 'This opportunity does not exist or you may not see it.',
  },
  'opportunity-needs-customer': {
    de: 'Eine Chance braucht eine Organisation oder einen Lead.',
    en: 'An opportunity needs an organisation or a lead.',
  },
  'opportunity-unknown-lead': {
    de: 'Den gewählten Lead gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'The chosen lead does not exist or you may not see it.',
  },
  'opportunity-unknown-contact': {
    de: 'Den gewählten Kontakt gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'The chosen contact does not exist or you may not see it.',
  },
  'opportunity-unknown-campaign': {
    de: 'Die gewählte Kampagne gibt es nicht.',
    en: 'The chosen campaign does not exist.',
  },
  'opportunity-unknown-competitor': {
    de: 'Ein gewählter Wettbewerber ist keine Organisation, die Sie sehen dürfen.',
    en: 'A chosen competitor is not an organisation you may see.',
  },
  'opportunity-has-quotations': {
    de: 'Zu dieser Chance gibt es Angebote; sie kann nicht gelöscht werden. Setzen Sie sie stattdessen auf Verloren oder Geschlossen.',
    en: 'This opportunity has quotations and cannot be deleted. Set it to Lost or Closed instead.',
  },
  'opportunity-has-active-quotation': {
    de: 'Es gibt bereits ein Angebot; setzen Sie das Angebot auf Verloren.',
    en: 'There is already a quotation; set the quotation to Lost.',
  },
  'opportunity-derived-status-applies': {
    de: 'Der Status ergibt sich aus den Angeboten der Chance und kann nicht von Hand gesetzt werden.',
    en: "The status follows from the opportunity's quotations and cannot be set by hand.",
  },
  'opportunity-status-derived': {
    de: 'Dieser Status wird abgeleitet und kann nicht von Hand gesetzt werden.',
    en: 'This status is derived and cannot be set by hand.',
  },
  'opportunity-move-closed': {
    de: 'Die Chance ist {status} und kann nicht mehr in eine andere Phase verschoben werden. Setzen Sie sie zuerst wieder auf Offen.',
    en: 'The opportunity is {status} and can no longer move to another stage. Set it back to Open first.',
  },
  'unknown-lost-reason': {
    de: 'Ein gewählter Verlustgrund existiert nicht oder ist nicht mehr aktiv.',
    en: 'A chosen lost reason does not exist or is no longer active.',
  },
  'pipeline-stage-not-found': { de: 'Diese Phase gibt es nicht.', en: 'This pipeline stage does not exist.' },
  'unknown-pipeline-stage': {
    de: 'Die gewählte Phase gibt es nicht.',
    en: 'The chosen pipeline stage does not exist.',
  },
  'pipeline-stage-in-use': {
    de: 'In dieser Phase stehen noch {count} Chancen. Wählen Sie eine Phase, in die sie verschoben werden.',
    en: 'This stage still holds {count} opportunities. Choose a stage to move them to.',
  },
  'pipeline-stage-move-to-self': {
    de: 'Die Chancen können nicht in die Phase verschoben werden, die gelöscht wird.',
    en: 'The opportunities cannot move to the stage being deleted.',
  },
  'pipeline-last-stage': {
    de: 'Die letzte Phase kann nicht gelöscht werden; die Pipeline braucht mindestens eine.',
    en: 'The last stage cannot be deleted; the pipeline needs at least one.',
  },
  'lost-reason-not-found': {
    de: 'Diesen Verlustgrund gibt es nicht.',
    en: 'This lost reason does not exist.',
  },
  'lost-reason-in-use': {
    de: 'Dieser Verlustgrund ist bereits verwendet und kann nur deaktiviert werden.',
    en: 'This lost reason is in use and can only be deactivated.',
  },
} satisfies Record<string, Text>;
