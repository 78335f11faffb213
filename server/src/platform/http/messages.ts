import type { Language } from '@kontor/domain/users';
import { ACTIVITY_DETAILS } from './activity-messages.js';
import { CATALOG_DETAILS } from './catalog-messages.js';
import { COMPANY_DETAILS } from './company-messages.js';
import { CUSTOMER_LINK_DETAILS } from './customer-link-messages.js';
import { LEAD_DETAILS } from './lead-messages.js';
import { OPPORTUNITY_DETAILS } from './opportunity-messages.js';
import { REPORT_DETAILS } from './report-messages.js';
import { SALES_DOCUMENT_DETAILS } from './sales-document-messages.js';

export type Text = Record<Language, string>;

const TITLES: Record<number, Text> = {
  400: { de: 'Ungültige Eingabe', en: 'Invalid input' },
  401: { de: 'Nicht angemeldet', en: 'Not logged in' },
  403: { de: 'Keine Berechtigung', en: 'Forbidden' },
  404: { de: 'Nicht gefunden', en: 'Not found' },
  405: { de: 'Methode nicht erlaubt', en: 'Method not allowed' },
  409: { de: 'Konflikt', en: 'Conflict' },
  413: { de: 'Anfrage zu groß', en: 'Request too large' },
  414: { de: 'Adresse zu lang', en: 'URI too long' },
  421: { de: 'Falsche Adresse', en: 'Misdirected request' },
  415: { de: 'Nicht unterstütztes Format', en: 'Unsupported media type' },
  429: { de: 'Zu viele Anfragen', en: 'Too many requests' },
  500: { de: 'Interner Fehler', en: 'Internal error' },
  503: { de: 'Nicht verfügbar', en: 'Unavailable' },
};

/** What each problem code tells a person, in both languages; `{name}` is filled from params. */
const DETAILS = {
  'validation-error': {
    de: 'Bitte prüfen Sie die markierten Angaben.',
    en: 'Please check the marked fields.',
  },
  'malformed-json': {
    de: 'Der Anfrageinhalt ist kein gültiges JSON.',
    en: 'The request body is not valid JSON.',
  },
  'body-too-large': {
    de: 'Der Anfrageinhalt überschreitet die erlaubte Größe.',
    en: 'The request body exceeds the allowed size.',
  },
  'unsupported-media-type': {
    de: 'Senden Sie den Inhalt als application/json.',
    en: 'Send the body as application/json.',
  },
  'bad-url': {
    de: 'Die Adresse enthält eine ungültige Kodierung.',
    en: 'The address contains an invalid encoding.',
  },
  'uri-too-long': { de: 'Ein Teil der Adresse ist zu lang.', en: 'Part of the address is too long.' },
  'bad-request': { de: 'Die Anfrage ist fehlerhaft.', en: 'The request is malformed.' },
  'nul-character': {
    de: 'Die Anfrage enthält ein Nullzeichen (U+0000); das ist in Texten nicht erlaubt.',
    en: 'The request contains a NUL character (U+0000), which is not allowed in text.',
  },
  'ill-formed-text': {
    de: 'Die Anfrage enthält Text mit einem unvollständigen Unicode-Zeichen (einzelnes Surrogat).',
    en: 'The request contains text with an incomplete Unicode character (lone surrogate).',
  },
  'invalid-filter': {
    de: 'Ein Filter ist fehlerhaft; die Meldung nennt die Stelle.',
    en: 'A filter is malformed; the message points at the spot.',
  },
  'unknown-filter-field': {
    de: 'Nach diesem Feld kann nicht gefiltert werden.',
    en: 'This field cannot be filtered.',
  },
  'unknown-export-column': { de: 'Die Spalte „{field}“ gibt es nicht.', en: 'There is no column “{field}”.' },
  'vcard-malformed': {
    de: 'Die vCard-Datei ist in Zeile {line} fehlerhaft; es wurde nichts importiert.',
    en: 'The vCard file is malformed in line {line}; nothing was imported.',
  },
  'vcard-version-unsupported': {
    de: 'vCard-Version „{version}“ (Zeile {line}) wird nicht unterstützt; bitte als vCard 3.0 oder 4.0 exportieren.',
    en: 'vCard version “{version}” (line {line}) is not supported; please export as vCard 3.0 or 4.0.',
  },
  'vcard-unterminated': {
    de: 'Die vCard ab Zeile {line} endet nicht mit END:VCARD.',
    en: 'The vCard starting in line {line} does not end with END:VCARD.',
  },
  'vcard-empty': { de: 'Die Datei enthält keine vCard.', en: 'The file contains no vCard.' },
  'vcard-media-type': {
    de: 'Senden Sie die Datei als text/vcard.',
    en: 'Send the file as text/vcard.',
  },
  'vcard-too-many-cards': {
    de: 'Die Datei enthält mehr als {max} vCards; bitte teilen Sie sie auf.',
    en: 'The file contains more than {max} vCards; please split it.',
  },
  'unknown-sort-field': {
    de: 'Nach dem Feld „{field}“ kann nicht sortiert werden.',
    en: 'Cannot sort by the field “{field}”.',
  },
  'invalid-cursor': {
    de: 'Der Blätter-Verweis (cursor) ist ungültig. Laden Sie die Liste neu.',
    en: 'The paging cursor is invalid. Reload the list.',
  },
  unauthorized: { de: 'Bitte melden Sie sich an.', en: 'Please log in.' },
  'login-failed': {
    de: 'E-Mail-Adresse oder Passwort ist falsch.',
    en: 'E-mail address or password is wrong.',
  },
  'invalid-api-token': {
    de: 'Das API-Token ist ungültig, abgelaufen oder widerrufen.',
    en: 'The API token is invalid, expired or revoked.',
  },
  'browser-session-only': {
    de: 'Nur für angemeldete Browser-Sitzungen.',
    en: 'Only for logged-in browser sessions.',
  },
  forbidden: {
    de: 'Ihnen fehlt die Berechtigung für diese Aktion.',
    en: 'You lack the permission for this action.',
  },
  csrf: {
    de: 'Die Sicherheitsprüfung (CSRF) ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
    en: 'The security check (CSRF) failed. Please reload the page.',
  },
  'foreign-origin': {
    de: 'Anfragen von fremden Websites werden nicht angenommen.',
    en: 'Requests from other websites are not accepted.',
  },
  'host-not-allowed': {
    de: 'Kontor ist unter dieser Adresse nicht freigegeben. Die Administration trägt die Adresse in KONTOR_PUBLIC_URL ein.',
    en: 'Kontor is not served under this address. An administrator sets it in KONTOR_PUBLIC_URL.',
  },
  'route-not-found': { de: 'Diese Adresse gibt es nicht.', en: 'This address does not exist.' },
  'method-not-allowed': {
    de: 'Diese Adresse unterstützt nur {methods}.',
    en: 'This address supports only {methods}.',
  },
  'organization-not-found': {
    de: 'Diese Organisation gibt es nicht oder Sie dürfen sie nicht sehen.',
    en: 'This organisation does not exist or you may not see it.',
  },
  'unknown-organization': {
    de: 'Diese Organisation gibt es nicht.',
    en: 'This organisation does not exist.',
  },
  'organization-cycle': {
    de: 'Eine Organisation kann nicht unter sich selbst oder einer ihrer Untergliederungen stehen.',
    en: 'An organisation cannot be placed under itself or one of its own subsidiaries.',
  },
  'invalid-vat-id': {
    de: 'Keine gültige USt-IdNr. (z. B. DE123456789).',
    en: 'Not a valid VAT ID (e.g. DE123456789).',
  },
  'contact-not-found': {
    de: 'Diesen Kontakt gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'This contact does not exist or you may not see it.',
  },
  'main-contact-taken': {
    de: 'Diese Organisation hat schon einen Hauptkontakt.',
    en: 'This organisation already has a main contact.',
  },
  'end-before-start': { de: 'Das Ende liegt vor dem Beginn.', en: 'The end lies before the start.' },
  'records-not-found': {
    de: 'Mindestens einer der gewählten Datensätze existiert nicht (mehr) oder ist für Sie nicht sichtbar. Es wurde nichts geändert.',
    en: 'At least one of the selected records does not exist (any more) or is not visible to you. Nothing was changed.',
  },
  'user-not-found': { de: 'Diesen Benutzer gibt es nicht.', en: 'This user does not exist.' },
  'team-not-found': { de: 'Dieses Team gibt es nicht.', en: 'This team does not exist.' },
  'token-not-found': { de: 'Dieses API-Token gibt es nicht.', en: 'This API token does not exist.' },
  'invitation-invalid': {
    de: 'Diese Einladung ist ungültig, abgelaufen oder wurde bereits verwendet. Bitten Sie um eine neue.',
    en: 'This invitation is invalid, expired or already used. Please ask for a new one.',
  },
  'already-set-up': {
    de: 'Kontor ist bereits eingerichtet. Bitte melden Sie sich an.',
    en: 'Kontor is already set up. Please log in.',
  },
  'stale-version': {
    de: 'Der Datensatz wurde inzwischen von jemand anderem geändert. Laden Sie ihn neu und wiederholen Sie Ihre Änderung.',
    en: 'Someone else changed this record in the meantime. Reload it and repeat your change.',
  },
  'last-admin': {
    de: 'Der letzte aktive Administrator kann weder deaktiviert noch herabgestuft werden.',
    en: 'The last active administrator can be neither deactivated nor demoted.',
  },
  'own-role': {
    de: 'Ihre eigene Rolle kann nur jemand anderes ändern.',
    en: 'Only someone else can change your own role.',
  },
  'admin-role-admins-only': {
    de: 'Nur Administratoren können die Administratorrolle vergeben oder entziehen.',
    en: 'Only administrators can grant or remove the administrator role.',
  },
  'self-deactivation': {
    de: 'Sie können sich nicht selbst deaktivieren.',
    en: 'You cannot deactivate yourself.',
  },
  'email-taken': {
    de: 'Diese E-Mail-Adresse wird bereits verwendet.',
    en: 'This e-mail address is already in use.',
  },
  'team-name-taken': {
    de: 'Ein Team mit diesem Namen gibt es bereits.',
    en: 'A team with this name already exists.',
  },
  'unknown-team': { de: 'Ein gewähltes Team gibt es nicht.', en: 'A chosen team does not exist.' },
  'unknown-record-type': {
    de: 'Den Datensatztyp „{type}“ gibt es nicht.',
    en: 'There is no record type “{type}”.',
  },
  'unknown-view-field': {
    de: 'Dieses Feld gibt es in dieser Liste nicht, oder nach ihm kann nicht gefiltert oder sortiert werden.',
    en: 'This list has no such field, or it cannot be filtered or sorted by.',
  },
  'saved-view-not-found': {
    de: 'Diese Ansicht gibt es nicht oder Sie dürfen sie nicht sehen.',
    en: 'This view does not exist or you may not see it.',
  },
  'saved-view-owner-only': {
    de: 'Nur wer die Ansicht gespeichert hat, kann sie ändern oder löschen.',
    en: 'Only the person who saved this view can change or delete it.',
  },
  'saved-view-name-taken': {
    de: 'Sie haben für diese Liste schon eine Ansicht mit diesem Namen.',
    en: 'You already have a view with this name for this list.',
  },
  'not-team-member': {
    de: 'Sie können eine Ansicht nur mit einem Team teilen, dem Sie angehören.',
    en: 'You can share a view only with a team you belong to.',
  },
  'import-empty-file': {
    de: 'Die Datei ist leer oder enthält nur eine Kopfzeile.',
    en: 'The file is empty or holds only a header row.',
  },
  'import-unsupported-file': {
    de: 'Dieses Dateiformat wird nicht unterstützt. Bitte als CSV oder Excel-Arbeitsmappe (.xlsx) speichern.',
    en: 'This file format is not supported. Please save it as CSV or Excel workbook (.xlsx).',
  },
  'import-file-too-large': {
    de: 'Die Datei ist größer als {limit} MB.',
    en: 'The file is larger than {limit} MB.',
  },
  'import-file-broken': {
    de: 'Die Datei ist ab Zeile {row} fehlerhaft (z. B. ein nicht geschlossenes Anführungszeichen oder eine überlange Zelle).',
    en: 'The file is malformed from row {row} on (e.g. an unclosed quote or an overlong cell).',
  },
  'import-upload-not-found': {
    de: 'Diese hochgeladene Datei gibt es nicht (mehr).',
    en: 'This uploaded file does not exist (any more).',
  },
  'import-not-found': { de: 'Diesen Import gibt es nicht.', en: 'This import does not exist.' },
  'import-finished': {
    de: 'Dieser Import ist bereits beendet.',
    en: 'This import has already finished.',
  },
  'import-mapping-columns': {
    de: 'Die Zuordnung muss für jede der {count} Spalten einen Eintrag haben.',
    en: 'The mapping needs one entry for each of the {count} columns.',
  },
  'unknown-import-field': {
    de: 'Dieses Feld gibt es für diesen Datensatztyp nicht.',
    en: 'This record type has no such field.',
  },
  'import-field-twice': {
    de: 'Dieses Feld ist schon einer anderen Spalte zugeordnet.',
    en: 'This field is already mapped to another column.',
  },
  'import-field-missing': {
    de: 'Eine Spalte muss dem Pflichtfeld „{field}“ zugeordnet sein.',
    en: 'A column must be mapped to the required field “{field}”.',
  },
  'import-interrupted': {
    de: 'Der Import wurde durch einen Neustart des Servers unterbrochen. Alle bis zur gemeldeten letzten Zeile verarbeiteten Zeilen sind gespeichert; bitte die übrigen erneut importieren.',
    en: 'The import was interrupted by a server restart. All rows up to the reported last row are saved; please import the rest again.',
  },
  'import-failed': {
    de: 'Der Import ist mit einem unerwarteten Fehler abgebrochen; er wurde protokolliert. Alle bis zur gemeldeten letzten Zeile verarbeiteten Zeilen sind gespeichert.',
    en: 'The import stopped with an unexpected error, which has been logged. All rows up to the reported last row are saved.',
  },
  'unknown-user': { de: 'Ein gewählter Benutzer existiert nicht.', en: 'A chosen user does not exist.' },
  'wrong-current-password': {
    de: 'Das aktuelle Passwort stimmt nicht.',
    en: 'The current password is wrong.',
  },
  'expiry-in-past': {
    de: 'Das Ablaufdatum muss in der Zukunft liegen.',
    en: 'The expiry must be in the future.',
  },
  'too-many-login-attempts': {
    de: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    en: 'Too many failed login attempts. Please try again in {minutes} minute(s).',
  },
  'rate-limited': {
    de: 'Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    en: 'Please wait a moment and try again.',
  },
  'database-unavailable': { de: 'Die Datenbank antwortet nicht.', en: 'The database does not respond.' },
  'internal-error': {
    de: 'Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert; bitte versuchen Sie es erneut.',
    en: 'An unexpected error occurred. It has been logged; please try again.',
  },
  ...ACTIVITY_DETAILS,
  ...CATALOG_DETAILS,
  ...COMPANY_DETAILS,
  ...LEAD_DETAILS,
  ...OPPORTUNITY_DETAILS,
  ...CUSTOMER_LINK_DETAILS,
  ...SALES_DOCUMENT_DETAILS,
  ...REPORT_DETAILS,
} satisfies Record<string, Text>;

export type ProblemCode = keyof typeof DETAILS;
export type Params = Record<string, string | number>;

export function problemTitle(status: number, language: Language): string {
  return (TITLES[status] ?? TITLES[status >= 500 ? 500 : 400])?.[language] ?? '';
}

export function problemDetail(code: ProblemCode, language: Language, params: Params = {}): string {
  return DETAILS[code][language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
