import type { Text } from './messages.js';

/** Problem texts of activities, their documents, notifications and live events (issue 4). */
export const ACTIVITY_DETAILS = {
  'notification-not-found': {
    de: 'Diese Benachrichtigung gibt es nicht.',
    en: 'This notification does not exist.',
  },
  'document-not-multipart': {
    de: 'Senden Sie die Datei als multipart/form-data mit genau einer Datei.',
    en: 'Send the file as multipart/form-data with exactly one file.',
  },
  'document-no-file': {
    de: 'Die Anfrage enthält keine Datei.',
    en: 'The request contains no file.',
  },
  'document-one-file': {
    de: 'Bitte laden Sie genau eine Datei auf einmal hoch.',
    en: 'Please upload exactly one file at a time.',
  },
  'document-empty-file': {
    de: 'Die Datei ist leer.',
    en: 'The file is empty.',
  },
  'document-too-large': {
    de: 'Die Datei ist größer als {limit} MB.',
    en: 'The file is larger than {limit} MB.',
  },
  'document-name-empty': {
    de: 'Die Datei hat keinen Namen.',
    en: 'The file has no name.',
  },
  'document-name-too-long': {
    de: 'Der Dateiname ist länger als {max} Bytes; bitte kürzen Sie ihn.',
    en: 'The file name is longer than {max} bytes; please shorten it.',
  },
  'document-name-path': {
    de: 'Der Dateiname darf weder „/“ noch „\\“ noch „..“ enthalten.',
    en: 'The file name must not contain “/”, “\\” or “..”.',
  },
  'document-name-control': {
    de: 'Der Dateiname enthält Steuerzeichen; bitte benennen Sie die Datei um.',
    en: 'The file name contains control characters; please rename the file.',
  },
  'document-malformed-upload': {
    de: 'Die Übertragung der Datei war unvollständig oder fehlerhaft; bitte versuchen Sie es erneut.',
    en: 'The file arrived incomplete or malformed; please try again.',
  },
  'document-not-found': {
    de: 'Dieses Dokument gibt es nicht oder Sie dürfen es nicht sehen.',
    en: 'This document does not exist or you may not see it.',
  },
  'document-record-not-found': {
    de: 'Diesen Datensatz gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'This record does not exist or you may not see it.',
  },
  'document-record-type-unknown': {
    de: 'An diese Art von Datensatz lassen sich (noch) keine Dokumente anhängen.',
    en: 'Documents cannot be attached to this kind of record (yet).',
  },
  'record-not-found': {
    de: 'Diesen Datensatz gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'This record does not exist or you may not see it.',
  },
  'activity-not-found': {
    de: 'Diesen Vorgang gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'This activity does not exist or you may not see it.',
  },
  'activity-link-invalid': {
    de: 'Den verknüpften Datensatz gibt es nicht oder Sie dürfen ihn nicht sehen.',
    en: 'The linked record does not exist or you may not see it.',
  },
  'activity-links-duplicate': {
    de: 'Derselbe Datensatz ist mehrmals verknüpft.',
    en: 'The same record is linked more than once.',
  },
  'activity-due-required': {
    de: 'Offene Vorgänge brauchen ein Fälligkeitsdatum, sonst kommen sie nie wieder vor.',
    en: 'Open activities need a due date, or they would never come up again.',
  },
  'activity-direction-not-applicable': {
    de: 'Nur Telefonate, E-Mails und Briefe haben eine Richtung (eingehend/ausgehend).',
    en: 'Only calls, e-mails and letters have a direction (in/out).',
  },
  'activity-assignee-invalid': {
    de: 'Diesen Benutzer oder dieses Team gibt es nicht (mehr).',
    en: 'This user or team does not exist (any more).',
  },
  'activity-note-type-invalid': {
    de: 'Diese Notizart gibt es nicht oder sie ist abgeschaltet.',
    en: 'This note type does not exist or is switched off.',
  },
  'activity-system-readonly': {
    de: 'Systemeinträge hält Kontor selbst fest; sie lassen sich weder bearbeiten noch löschen.',
    en: 'System entries are written by Kontor itself; they cannot be edited or deleted.',
  },
  'activity-already-done': {
    de: 'Dieser Vorgang ist schon erledigt.',
    en: 'This activity is already done.',
  },
  'activity-not-open': {
    de: 'Nur offene Vorgänge lassen sich verschieben oder neu zuweisen.',
    en: 'Only open activities can be rescheduled or reassigned.',
  },
  'activity-already-open': {
    de: 'Dieser Vorgang ist schon offen.',
    en: 'This activity is already open.',
  },
  'activity-not-deleted': {
    de: 'Dieser Vorgang ist nicht gelöscht.',
    en: 'This activity is not deleted.',
  },
  'note-type-not-found': {
    de: 'Diese Notizart gibt es nicht.',
    en: 'This note type does not exist.',
  },
  'too-many-live-streams': {
    de: 'Sie haben bereits {max} Live-Verbindungen offen. Bitte schließen Sie nicht benötigte Tabs.',
    en: 'You already have {max} live connections open. Please close tabs you do not need.',
  },
  'live-closing': {
    de: 'Der Server wird gerade beendet; die Live-Verbindung wird gleich neu aufgebaut.',
    en: 'The server is shutting down; the live connection will be re-established shortly.',
  },
  'live-event-id-invalid': {
    de: 'Last-Event-ID muss eine Ereignisnummer sein.',
    en: 'Last-Event-ID must be an event number.',
  },
} satisfies Record<string, Text>;
