import type { NoteType } from '@kontor/domain/activities';
import { useTranslation } from 'react-i18next';
import { useNoteTypes } from './api';

/** The active note types as Select options in the user's language, and the lookup of a chosen one. */
export function useNoteTypeOptions() {
  const { i18n } = useTranslation();
  const noteTypes = useNoteTypes();
  const items = noteTypes.data ?? [];
  return {
    options: items.map((type) => ({
      value: type.id,
      label: i18n.language === 'en' ? type.label.en : type.label.de,
    })),
    byId: (id: string | null): NoteType | undefined => items.find((type) => type.id === id),
  };
}
