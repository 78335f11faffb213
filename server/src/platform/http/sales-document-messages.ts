import type { Text } from './messages.js';

/** Problem texts of quotations (S3) and sales orders (S4), one per S5 refusal code. */
export const SALES_DOCUMENT_DETAILS = {
  'quotation-not-found': {
    de: 'Dieses Angebot gibt es nicht oder Sie dürfen es nicht sehen.',
    en: 'This quotation does not exist or you may not see it.',
  },
  'sales-order-not-found': {
    de: 'Diesen Auftrag gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'This sales order does not exist or you may not see it.',
  },
  'quotation-is-draft': {
    de: 'Das Angebot ist noch ein Entwurf. Versenden Sie es zuerst.',
    en: 'The quotation is still a draft. Submit it first.',
  },
  'quotation-is-open': {
    de: 'Das Angebot ist bereits versendet (Offen) und kann nicht mehr geändert oder gelöscht werden. Legen Sie eine neue Version an oder brechen Sie es ab.',
    en: 'The quotation has been submitted (Open) and can no longer be changed or deleted. Create a new version or cancel it.',
  },
  'quotation-is-expired': {
    de: 'Das Angebot ist abgelaufen und kann nicht mehr bestellt werden. Legen Sie eine neue Version mit neuem Gültigkeitsdatum an.',
    en: 'The quotation has expired and can no longer be ordered. Create a new version with a new validity date.',
  },
  'quotation-is-lost': {
    de: 'Das Angebot ist auf Verloren gesetzt. Legen Sie bei Bedarf eine neue Version an.',
    en: 'The quotation is set to Lost. Create a new version if needed.',
  },
  'quotation-is-superseded': {
    de: 'Es gibt eine neuere Version dieses Angebots; nur die neueste Version kann bestellt, verloren gegeben oder abgebrochen werden.',
    en: 'A newer version of this quotation exists; only the newest version can be ordered, lost or cancelled.',
  },
  'quotation-is-ordered': {
    de: 'Das Angebot ist bereits bestellt; es kann weder geändert noch verloren gegeben oder abgebrochen werden. Stornieren Sie gegebenenfalls den Auftrag.',
    en: 'The quotation has been ordered; it can no longer be changed, lost or cancelled. Cancel the order if need be.',
  },
  'quotation-is-cancelled': {
    de: 'Das Angebot ist abgebrochen.',
    en: 'The quotation has been cancelled.',
  },
  'quotation-has-no-lines': {
    de: 'Ein Angebot braucht mindestens eine Position, bevor es versendet wird.',
    en: 'A quotation needs at least one line before it is submitted.',
  },
  'quotation-still-valid': {
    de: 'Das Angebot ist noch gültig.',
    en: 'The quotation is still valid.',
  },
  'quotation-valid-until-past': {
    de: 'Das Gültigkeitsdatum liegt in der Vergangenheit. Setzen Sie ein neues, bevor Sie das Angebot versenden.',
    en: 'The validity date has passed. Set a new one before submitting the quotation.',
  },
  'quotation-customer-is-lead': {
    de: 'Bitte den Lead zuerst konvertieren: Ein Auftrag braucht eine Organisation als Kunden. Nach der Konvertierung das Angebot erneut bestellen.',
    en: 'Please convert the lead first: an order needs an organisation as its customer. Then order the quotation again.',
  },
  'order-is-draft': {
    de: 'Der Auftrag ist noch ein Entwurf. Buchen Sie ihn zuerst.',
    en: 'The order is still a draft. Book it first.',
  },
  'order-is-booked': {
    de: 'Der Auftrag ist bereits gebucht und kann weder geändert noch gelöscht werden. Stornieren Sie ihn stattdessen.',
    en: 'The order has been booked and can be neither changed nor deleted. Cancel it instead.',
  },
  'order-is-completed': {
    de: 'Der Auftrag ist abgeschlossen.',
    en: 'The order has been completed.',
  },
  'order-is-cancelled': {
    de: 'Der Auftrag ist storniert.',
    en: 'The order has been cancelled.',
  },
  'sales-needs-customer': {
    de: 'Geben Sie eine Organisation, einen Lead oder eine Chance an.',
    en: 'Enter an organisation, a lead or an opportunity.',
  },
  'sales-unknown-organization': {
    de: 'Die gewählte Organisation gibt es nicht oder Sie dürfen sie nicht sehen.',
    en: 'The chosen organisation does not exist or you may not see it.',
  },
  'sales-unknown-lead': {
    de: 'Den gewählten Lead gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'The chosen lead does not exist or you may not see it.',
  },
  'sales-unknown-opportunity': {
    de: 'Die gewählte Chance gibt es nicht oder Sie dürfen sie nicht sehen.',
    en: 'The chosen opportunity does not exist or you may not see it.',
  },
  'sales-unknown-contact': {
    de: 'Den gewählten Kontakt gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'The chosen contact does not exist or you may not see it.',
  },
  'sales-customer-mismatch': {
    de: 'Die Angabe passt nicht zum Kunden der gewählten Chance.',
    en: 'This does not match the customer of the chosen opportunity.',
  },
  'sales-unknown-product': {
    de: 'Das Produkt dieser Position gibt es nicht.',
    en: 'The product of this line does not exist.',
  },
  'sales-unknown-competitor': {
    de: 'Ein gewählter Wettbewerber ist keine Organisation, die Sie sehen dürfen.',
    en: 'A chosen competitor is not an organisation you may see.',
  },
  'sales-unknown-lost-reason': {
    de: 'Ein gewählter Verlustgrund existiert nicht oder ist nicht mehr aktiv.',
    en: 'A chosen lost reason does not exist or is no longer active.',
  },
  'sales-inactive-owner': {
    de: 'Als Betreuer kommt nur ein aktiver Benutzer in Frage.',
    en: 'Only an active user can be the account manager.',
  },
} satisfies Record<string, Text>;
