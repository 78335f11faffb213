import type { ActivityType } from '@kontor/domain/activities';
import {
  IconCalendarEvent,
  IconChecklist,
  IconFileText,
  IconMail,
  IconMailbox,
  IconMapPin,
  IconNote,
  IconPhone,
  IconPresentation,
  IconSettingsAutomation,
  type TablerIcon,
} from '@tabler/icons-react';

/** One icon per entry type, the same on timelines, lists and the quick-add buttons. */
export const TYPE_ICONS: Record<ActivityType, TablerIcon> = {
  call: IconPhone,
  email: IconMail,
  letter: IconMailbox,
  meeting: IconCalendarEvent,
  visit: IconMapPin,
  presentation: IconPresentation,
  task: IconChecklist,
  note: IconNote,
  document: IconFileText,
  system: IconSettingsAutomation,
};

/** Kontor writes these itself: people may pin them, never change, delete or add files to them. */
export const SYSTEM_WRITTEN: ReadonlySet<ActivityType> = new Set(['system', 'document']);

/** The record types that have a page to open; links to the others show as text until they do. */

/** The overview filtered to one record's entries ("Alle anzeigen"), agreed with the overview page. */
export function allActivitiesPath(recordType: string, recordId: string): string {
  return `/activities?${new URLSearchParams({ recordType, recordId })}`;
}
