// What a German sales team writes into its CRM: subjects per kind of entry and the sentences notes
// are made of. `{p}` is a product, `{n}` a number, `{m}` a month. No `&`, `<` or `>`: the
// generator's plain text must equal what the server reads out of the rich text.

export const PRODUCTS = [
  'Förderband FB 400',
  'Rollenbahn RB 120',
  'Hubtisch HT 2000',
  'Schweißroboter SR 6',
  'Wartungsvertrag Premium',
  'Ersatzteilpaket Ventile',
  'Steuerung S7-Nachrüstung',
  'Palettierer PX 3',
  'Kettenförderer KF 80',
  'Schulung Bedienpersonal',
  'Druckluftanlage DL 55',
  'Verpackungsmaschine VM 10',
];

export const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** Subjects by activity type; calls, e-mails and letters by direction. */
export const SUBJECTS: Record<string, readonly string[]> = {
  'call:in': [
    'Rückfrage zum Angebot {p}',
    'Reklamation Lieferung KW {n}',
    'Anfrage Liefertermin {p}',
    'Frage zur Rechnung Nr. {n}',
    'Kunde bittet um Rückruf',
    'Störung an {p} gemeldet',
  ],
  'call:out': [
    'Nachfassen Angebot {p}',
    'Terminabstimmung Vorführung',
    'Kunde nicht erreicht, Mailbox',
    'Bedarf für {m} abgefragt',
    'Zahlungserinnerung telefonisch',
    'Zufriedenheit nach Inbetriebnahme',
  ],
  'email:in': [
    'Anfrage {p}',
    'Bestellung {p} über {n} Stück',
    'Änderungswunsch zur Auftragsbestätigung',
    'Lieferschein fehlt',
    'Bitte um aktualisierte Preisliste',
  ],
  'email:out': [
    'Angebot {p} versendet',
    'Auftragsbestätigung Nr. {n}',
    'Unterlagen zur Schulung',
    'Preisliste {m} zugeschickt',
    'Terminbestätigung Besuch',
  ],
  'letter:in': ['Kündigung Wartungsvertrag', 'Bestellung per Post Nr. {n}', 'Mängelrüge {p}'],
  'letter:out': ['Jahresgespräch Einladung', 'Preisanpassung ab {m}', 'Mahnung Rechnung Nr. {n}'],
  meeting: [
    'Jahresgespräch {m}',
    'Projektbesprechung {p}',
    'Abstimmung Rahmenvertrag',
    'Messegespräch Hannover',
    'Videokonferenz Einkauf',
  ],
  visit: [
    'Besuch vor Ort, Besichtigung Halle {n}',
    'Besuchsbericht Werksrundgang',
    'Inbetriebnahme {p}',
    'Wartungstermin {p}',
  ],
  presentation: ['Präsentation {p}', 'Vorführung {p} beim Kunden', 'Produktneuheiten {m}'],
  task: [
    'Angebot {p} erstellen',
    'Muster verschicken',
    'Rückruf wegen {p}',
    'Unterlagen für Ausschreibung zusammenstellen',
    'Gutschrift Nr. {n} prüfen',
  ],
  note: [
    'Ansprechpartner gewechselt',
    'Budget für {m} freigegeben',
    'Wettbewerber war vor Ort',
    'Interne Notiz zu Konditionen',
    'Kunde plant Erweiterung Standort',
  ],
  document: ['Angebot_{n}.pdf', 'Zeichnung {p}.pdf', 'Protokoll Besprechung {m}.docx'],
  system: ['Angebot Nr. {n} versendet', 'Auftrag Nr. {n} angelegt', 'Rechnung Nr. {n} bezahlt'],
};

/** Sentences of notes; a body is two to four of them, one paragraph each. */
export const SENTENCES = [
  'Herr Bergmann bestätigt den Bedarf für das zweite Halbjahr.',
  'Frau Kühn möchte bis Freitag ein überarbeitetes Angebot.',
  'Preis ist zu hoch, Wettbewerber liegt etwa 8 Prozent darunter.',
  'Liefertermin muss auf KW 14 vorgezogen werden.',
  'Kunde ist mit der Inbetriebnahme sehr zufrieden.',
  'Wartungsintervall auf sechs Monate verkürzen.',
  'Entscheidung fällt in der Geschäftsführung Ende des Monats.',
  'Ersatzteile sind bestellt, Montage nächste Woche.',
  'Bitte Referenzliste und Datenblätter nachreichen.',
  'Ansprechpartner im Einkauf ist jetzt Herr Schäfer.',
  'Zahlungsziel 30 Tage netto vereinbart.',
  'Rahmenvertrag läuft zum Jahresende aus, Verlängerung besprechen.',
  'Störung lag an einem defekten Sensor, vor Ort getauscht.',
  'Interesse an einer Schulung für das neue Bedienpersonal.',
  'Budget ist freigegeben, Bestellung kommt nach Rücksprache mit der Technik.',
  'Muster sind angekommen und werden geprüft.',
];

export const OUTCOMES = [
  'Erledigt, Angebot ist raus.',
  'Kunde zurückgerufen, alles geklärt.',
  'Termin vereinbart.',
  'Hat sich erledigt.',
];
