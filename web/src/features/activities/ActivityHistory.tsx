import { ACTIVITY, type Activity } from '@kontor/domain/activities';
import type { FieldDef } from '@kontor/domain/fields';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { useTeamsList, useUsersList } from '../../ui/lookups';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useActivityHistory, useNoteTypes } from './api';

const text = (key: string, de: string, en: string): FieldDef => ({ key, kind: 'text', label: { de, en } });

/** Fields the history keeps that the overview does not list. */
const EXTRA_FIELDS: Record<string, FieldDef> = {
  body: text('body', 'Text', 'Text'),
  direction: text('direction', 'Richtung', 'Direction'),
  noteTypeId: text('noteTypeId', 'Notizart', 'Note type'),
  assignee: text('assignee', 'Zuständig', 'Assignee'),
  outcome: text('outcome', 'Ergebnis', 'Outcome'),
  links: text('links', 'Verknüpfungen', 'Links'),
  deleted: text('deleted', 'Gelöscht', 'Deleted'),
};

/** An entry's changes (X4), loaded when the reader asks for them. */
export function ActivityHistory({ activity }: { activity: Activity }) {
  const history = useActivityHistory(activity.id, true);
  const describe = useDescribeValue(activity);
  if (history.isPending) return <TableSkeleton rows={2} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  return (
    <FieldHistory
      record={ACTIVITY}
      items={history.data}
      extraFields={EXTRA_FIELDS}
      describeValue={describe}
    />
  );
}

/** Ids in the history shown as names where the reader knows them; the rich text as its words. */
function useDescribeValue(activity: Activity) {
  const { t, i18n } = useTranslation();
  const users = useUsersList(usePermission('users.read'));
  const teams = useTeamsList();
  const noteTypes = useNoteTypes();
  const linkName = (key: string) => {
    const link = activity.links.find((l) => `${l.recordType}:${l.recordId}` === key);
    return link?.name ?? t('activities.hidden');
  };
  return (field: string, value: unknown): string | undefined => {
    if (value === null || value === undefined || value === '') return undefined;
    switch (field) {
      case 'body':
        return plainText(String(value));
      case 'direction':
        return t(`activities.directions.${String(value)}`);
      case 'status':
        return t(`activities.${value === 'open' ? 'open' : 'done'}`);
      case 'deleted':
        return value ? t('contacts.yes') : t('contacts.no');
      case 'noteTypeId': {
        const found = noteTypes.data?.find((type) => type.id === value);
        return found ? (i18n.language === 'en' ? found.label.en : found.label.de) : undefined;
      }
      case 'assignee': {
        const [kind, id] = String(value).split(':');
        const list = kind === 'user' ? users.data : teams.data;
        return list?.find((entry) => entry.id === id)?.name ?? t('activities.hidden');
      }
      case 'links':
        return Array.isArray(value) ? value.map((key) => linkName(String(key))).join(', ') : undefined;
      default:
        return undefined;
    }
  };
}

/** The words of sanitised rich text, for a one-line before/after. */
function plainText(html: string): string {
  return (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').trim();
}
