// Company names, industries and job details for plausible German master data.

/** A trade name used as "Bäckerei Schröder" (before the surname) and the industry it belongs to. */
export const TRADES: readonly (readonly [string, string])[] = [
  ['Bäckerei', 'Lebensmittelhandwerk'],
  ['Metzgerei', 'Lebensmittelhandwerk'],
  ['Konditorei', 'Lebensmittelhandwerk'],
  ['Autohaus', 'Kfz-Handel'],
  ['Schreinerei', 'Handwerk'],
  ['Tischlerei', 'Handwerk'],
  ['Elektro', 'Elektrohandwerk'],
  ['Sanitär', 'Sanitär- und Heizungsbau'],
  ['Malerbetrieb', 'Handwerk'],
  ['Steuerkanzlei', 'Steuerberatung'],
  ['Zahnarztpraxis', 'Gesundheitswesen'],
  ['Apotheke', 'Gesundheitswesen'],
  ['Blumenhaus', 'Einzelhandel'],
  ['Getränke', 'Großhandel'],
  ['Dachdeckerei', 'Handwerk'],
  ['Gärtnerei', 'Garten- und Landschaftsbau'],
];

/** A business word used as "Müller Maschinenbau GmbH" (after the surname) and its industry. */
export const BUSINESSES: readonly (readonly [string, string])[] = [
  ['Maschinenbau', 'Maschinenbau'],
  ['Metallbau', 'Metallverarbeitung'],
  ['Stahlbau', 'Metallverarbeitung'],
  ['Bau', 'Bauwesen'],
  ['Logistik', 'Transport und Logistik'],
  ['Spedition', 'Transport und Logistik'],
  ['Immobilien', 'Immobilien'],
  ['Software', 'IT-Dienstleistungen'],
  ['IT-Systeme', 'IT-Dienstleistungen'],
  ['Kunststofftechnik', 'Kunststoffverarbeitung'],
  ['Elektrotechnik', 'Elektrotechnik'],
  ['Haustechnik', 'Sanitär- und Heizungsbau'],
  ['Druck', 'Druck und Medien'],
  ['Verpackung', 'Verpackung'],
  ['Gebäudereinigung', 'Facility Management'],
  ['Consulting', 'Unternehmensberatung'],
  ['Handel', 'Großhandel'],
  ['Holzbau', 'Holzverarbeitung'],
  ['Feinwerktechnik', 'Feinmechanik'],
  ['Landtechnik', 'Landwirtschaft'],
];

export const LEGAL_FORMS = [
  'GmbH',
  'GmbH',
  'GmbH',
  'GmbH & Co. KG',
  'KG',
  'AG',
  'e.K.',
  'OHG',
  'UG (haftungsbeschränkt)',
];

export const POSITIONS = [
  'Geschäftsführer',
  'Geschäftsführerin',
  'Inhaber',
  'Einkaufsleiter',
  'Einkäuferin',
  'Vertriebsleiter',
  'Buchhaltung',
  'Sachbearbeiterin',
  'Projektleiter',
  'Technischer Leiter',
  'Assistenz der Geschäftsführung',
  'Prokurist',
  'Werkstattmeister',
  'Personalreferentin',
  'Außendienst',
];

export const DEPARTMENTS = [
  'Einkauf',
  'Vertrieb',
  'Buchhaltung',
  'Geschäftsleitung',
  'Technik',
  'Personal',
  'Logistik',
  'Qualitätssicherung',
];

export const TAGS = [
  'Messe 2024',
  'Newsletter',
  'Weihnachtskarte',
  'VIP',
  'Rahmenvertrag',
  'Empfehlung',
  'Altkunde',
];
