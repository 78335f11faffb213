import { ACTIVITY, type Activity } from '@kontor/domain/activities';
import type { FieldDef } from '@kontor/domain/fields';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { useTeamsList, useUsersList } from '../../ui/lookups';
import { usePermission } from '../../ui/session';
import { ListStates } from '../../ui/states';
import { useActivityHistory } from '../activities/api';
import { plainText } from './overviewCells';

/** Stored fields of an entry that the overview has no column for, labelled for its history. */
const EXTRA_FIELDS: Record<string, FieldDef> = {
  body: { key: 'body', kind: 'text', label: { de: 'Notiz', en: 'Note' } },
  direction: {
    key: 'direction',
    kind: 'enum',
    label: { de: 'Richtung', en: 'Direction' },
    options: [
      { value: 'in', label: { de: 'eingehend', en: 'incoming' } },
      { value: 'out', label: { de: 'ausgehend', en: 'outgoing' } },
    ],
  },
  noteTypeId: { key: 'noteTypeId', kind: 'text', label: { de: 'Notizart', en: 'Note type' } },
  assignee: { key: 'assignee', kind: 'text', label: { de: 'Zuständig', en: 'Assignee' } },
  outcome: { key: 'outcome', kind: 'text', label: { de: 'Ergebnis', en: 'Outcome' } },
  links: { key: 'links', kind: 'text', label: { de: 'Verknüpft mit', en: 'Linked to' } },
  deleted: { key: 'deleted', kind: 'boolean', label: { de: 'Gelöscht', en: 'Deleted' } },
};

/** Who changed what on an entry (X4); ids are shown as the names the user may see. */
export function ActivityHistory({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const history = useActivityHistory(activity.id, true);
  const users = useUsersList(usePermission('users.read'));
  const teams = useTeamsList();

  const describeValue = (field: string, value: unknown): string | undefined => {
    if (field === 'body' && typeof value === 'string') return plainText(value) || '–';
    if (field === 'assignee' && typeof value === 'string') {
      const [kind, id] = value.split(':');
      const name =
        kind === 'team'
          ? teams.data?.find((team) => team.id === id)?.name
          : users.data?.find((user) => user.id === id)?.name;
      return name ?? t('activityOverview.unknownAssignee');
    }
    if (field === 'links' && Array.isArray(value)) {
      return value
        .map((key) => {
          const link = activity.links.find((l) => `${l.recordType}:${l.recordId}` === key);
          return link?.name ?? t('activityOverview.hiddenRecord');
        })
        .join(', ');
    }
    if (field === 'noteTypeId') return value === null ? '–' : (activity.noteTypeLabel ?? '–');
    return undefined;
  };

  return (
    <ListStates query={history} skeletonRows={3} empty={<FieldHistory record={ACTIVITY} items={[]} />}>
      {(items) => (
        <FieldHistory
          record={ACTIVITY}
          items={items}
          extraFields={EXTRA_FIELDS}
          describeValue={describeValue}
        />
      )}
    </ListStates>
  );
}
