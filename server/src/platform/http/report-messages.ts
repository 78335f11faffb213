import type { Text } from './messages.js';

/** Problem texts of the reports (R1–R5, R8). */
export const REPORT_DETAILS = {
  'report-not-found': { de: 'Diesen Bericht gibt es nicht.', en: 'This report does not exist.' },
  'report-unknown-dimension': {
    de: 'Nach „{key}“ kann dieser Bericht nicht gruppieren.',
    en: 'This report cannot group by “{key}”.',
  },
  'report-duplicate-dimension': {
    de: 'Jede Gruppierung darf nur einmal vorkommen.',
    en: 'Each grouping may appear only once.',
  },
  'report-funnel-one-dimension': {
    de: 'Der Verkaufstrichter lässt sich neben den Schritten nur nach einem weiteren Merkmal aufteilen.',
    en: 'Besides its steps, the sales funnel can be split by one more dimension only.',
  },
  'report-unknown-measure': {
    de: 'Die Kennzahl „{key}“ gibt es in diesem Bericht nicht.',
    en: 'This report has no measure “{key}”.',
  },
  'report-unknown-sort': {
    de: 'Sortieren lässt sich nur nach einer gezeigten Kennzahl oder Gruppierung, nicht nach „{key}“.',
    en: 'Sort by a shown measure or grouping, not by “{key}”.',
  },
  'report-unknown-chart': {
    de: 'Diese Diagrammart bietet der Bericht nicht an.',
    en: 'This report does not offer this kind of chart.',
  },
  'report-has-no-period': {
    de: 'Dieser Bericht hat keinen Zeitraum.',
    en: 'This report has no period.',
  },
  'report-period-incomplete': {
    de: 'Geben Sie Beginn und Ende des Zeitraums an.',
    en: 'Give both the start and the end of the period.',
  },
  'report-invalid-day': { de: 'Diesen Tag gibt es nicht.', en: 'This day does not exist.' },
  'report-period-reversed': {
    de: 'Das Ende des Zeitraums liegt vor seinem Beginn.',
    en: 'The period ends before it starts.',
  },
  'report-needs-products': {
    de: 'Nach Produkten oder Produktkategorien aufteilen darf nur, wer Produkte sehen darf.',
    en: 'Splitting by product or product category needs the permission to see products.',
  },
  'report-too-many-periods': {
    de: 'Zu viele Zeitabschnitte (höchstens 500): Wählen Sie einen kürzeren Zeitraum oder eine gröbere Einteilung.',
    en: 'Too many time buckets (500 at most): choose a shorter period or a coarser grain.',
  },
} satisfies Record<string, Text>;
